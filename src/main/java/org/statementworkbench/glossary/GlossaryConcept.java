package org.statementworkbench.glossary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    public List<GlossaryTerm> terms(String language) {
        return terms.stream().filter(t -> t.language().equals(language)).toList();
    }

    /** The first approved preferred term of the language, else its first approved term. */
    public Optional<GlossaryTerm> preferred(String language) {
        List<GlossaryTerm> approved = terms(language).stream()
                .filter(t -> t.approval() == Approval.APPROVED)
                .toList();
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
