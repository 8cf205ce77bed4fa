package org.statementworkbench.glossary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.store.ConceptSnapshot;

/** A concept with its terms in every language, as stored. Retired concepts are kept and shown as retired. */
public record GlossaryConcept(
        long id,
        String externalId,
        List<String> subjectFields,
        @Nullable String definition,
        @Nullable String note,
        @Nullable String source,
        List<GlossaryTerm> terms,
        @Nullable Instant retiredAt,
        @Nullable String retiredBy,
        @Nullable String retiredReason,
        @Nullable Long mergedInto,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public GlossaryConcept {
        subjectFields = List.copyOf(subjectFields);
        terms = List.copyOf(terms);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** The terms of a UN language. */
    public List<GlossaryTerm> terms(UnLanguage language) {
        return terms.stream()
                .filter(t -> t.unLanguage().filter(language::equals).isPresent())
                .toList();
    }

    /** The terms stored under a language tag, of any language ("zh-Hant", "de"): as the concept editor shows them. */
    public List<GlossaryTerm> termsTagged(String languageTag) {
        return terms.stream().filter(t -> t.languageTag().equals(languageTag)).toList();
    }

    /** The first approved preferred term of the language, else its first approved term. */
    public Optional<GlossaryTerm> preferred(UnLanguage language) {
        return preferredOf(terms(language));
    }

    /** {@link #preferred} for a language tag of any language. */
    public Optional<GlossaryTerm> preferredTagged(String languageTag) {
        return preferredOf(termsTagged(languageTag));
    }

    private static Optional<GlossaryTerm> preferredOf(List<GlossaryTerm> terms) {
        List<GlossaryTerm> approved =
                terms.stream().filter(t -> t.approval() == Approval.APPROVED).toList();
        return approved.stream()
                .filter(t -> t.status() == UsageStatus.PREFERRED)
                .findFirst()
                .or(() -> approved.stream().findFirst());
    }

    /** The draft a manager edits, starting from this concept as stored. */
    public ConceptDraft toDraft() {
        return new ConceptDraft(
                id,
                version,
                externalId,
                subjectFields,
                definition,
                note,
                source,
                terms.stream().map(GlossaryTerm::toDraft).toList());
    }

    /** What changed from {@code earlier} to this concept, as "- old line" / "+ new line" (as in the history). */
    public String changesSince(GlossaryConcept earlier) {
        return ConceptSnapshot.summary(ConceptSnapshot.text(earlier), ConceptSnapshot.text(this));
    }
}
