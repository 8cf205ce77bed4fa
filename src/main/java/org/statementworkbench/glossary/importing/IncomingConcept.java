package org.statementworkbench.glossary.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.SearchFolding;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.exchange.GlossaryImportException;
import org.statementworkbench.glossary.exchange.TbxConcept;
import org.statementworkbench.glossary.store.Concept;
import org.statementworkbench.glossary.store.Term;

/**
 * A concept read from a file, checked against the same rules as the entities and normalised as they store it
 * (language tags, white space, lengths). {@code partial} marks a CSV row, which carries no notes, sources, part of
 * speech, gender, context or case sensitivity: those are taken from the stored concept when comparing and
 * replacing ({@link #completedFrom}).
 */
record IncomingConcept(
        int row,
        @Nullable String externalId,
        List<String> subjectFields,
        @Nullable String definition,
        @Nullable String note,
        @Nullable String source,
        List<GlossaryTerm> terms,
        List<String> folded,
        boolean partial) {

    /** Checks and normalises; the message names the concept by its position in the file and its id. */
    static IncomingConcept of(int row, TbxConcept c, boolean partial) {
        String where = "Concept " + row + (c.id() == null ? "" : " ('" + c.id() + "')");
        try {
            String id = c.id() == null || c.id().isBlank() ? null : c.id().strip();
            if (id != null && !Concept.validExternalId(id)) {
                throw new IllegalArgumentException("the id has 1 to 128 letters, digits, '-', '_', '.' or ':'");
            }
            Set<String> subjects = Concept.subjectFields(c.subjectFields());
            String definition = Concept.limited(definition(c.definitions()), Concept.TEXT_MAX_LENGTH, "A definition");
            String note = Concept.limited(String.join("\n", c.notes()), Concept.TEXT_MAX_LENGTH, "A note");
            String source = Concept.limited(String.join("\n", c.sources()), Concept.SOURCE_MAX_LENGTH, "A source");
            List<GlossaryTerm> terms = new ArrayList<>();
            List<String> folded = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (TermDraft t : c.terms()) {
                GlossaryTerm r = approved(t);
                String fold = SearchFolding.fold(r.text());
                folded.add(fold);
                if (!seen.add(r.languageTag() + "\u0000" + fold)) {
                    throw new IllegalArgumentException(
                            "the term \"" + r.text() + "\" is given twice in " + r.languageTag());
                }
                terms.add(r);
            }
            return new IncomingConcept(
                    row, id, List.copyOf(subjects), definition, note, source, terms, folded, partial);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage() == null ? "invalid" : e.getMessage();
            throw new GlossaryImportException(
                    where + ": " + Character.toLowerCase(m.charAt(0))
                            + m.substring(1).replaceAll("\\.$", "") + ". Nothing was imported.",
                    e);
        }
    }

    /** The term checked and normalised as the entity stores it, approved, not stored yet. */
    private static GlossaryTerm approved(TermDraft draft) {
        GlossaryTerm r = new Term(draft.withId(null), Approval.APPROVED, "import", Instant.EPOCH).toRecord();
        return new GlossaryTerm(
                0,
                r.languageTag(),
                r.text(),
                r.type(),
                r.status(),
                r.partOfSpeech(),
                r.gender(),
                r.context(),
                r.caseSensitive(),
                Approval.APPROVED,
                null,
                null,
                null,
                null);
    }

    /** The concept-level definition (TBX), else the English one (TBX-Basic, CSV), else the first by language. */
    private static @Nullable String definition(Map<String, String> definitions) {
        if (definitions.containsKey("")) {
            return definitions.get("");
        }
        if (definitions.containsKey("en")) {
            return definitions.get("en");
        }
        return new TreeMap<>(definitions).values().stream().findFirst().orElse(null);
    }

    /** Language and folded text: what makes two terms the same term. */
    static String key(GlossaryTerm t) {
        return t.languageTag() + "\u0000" + SearchFolding.fold(t.text());
    }

    /** The folded text of the term at {@code index} (computed once). */
    String folded(int index) {
        return folded.get(index);
    }

    /** {@link #key} of the term at {@code index}. */
    String key(int index) {
        return terms.get(index).languageTag() + "\u0000" + folded.get(index);
    }

    /** For a CSV row: what CSV can't say is taken from the stored concept (terms matched by language and text). */
    IncomingConcept completedFrom(GlossaryConcept stored) {
        if (!partial) {
            return this;
        }
        Map<String, GlossaryTerm> byKey = new HashMap<>();
        stored.terms().forEach(t -> byKey.putIfAbsent(key(t), t));
        List<GlossaryTerm> completed = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            GlossaryTerm t = terms.get(i);
            GlossaryTerm s = byKey.get(key(i));
            completed.add(
                    s == null
                            ? t
                            : approved(new TermDraft(
                                    null,
                                    t.languageTag(),
                                    t.text(),
                                    t.type(),
                                    t.status(),
                                    s.partOfSpeech(),
                                    s.gender(),
                                    s.context(),
                                    s.caseSensitive())));
        }
        return new IncomingConcept(
                row, externalId, subjectFields, definition, stored.note(), stored.source(), completed, folded, partial);
    }

    /** As a stored concept would look (for snapshots and comparison). */
    GlossaryConcept toConcept(String id, String user, Instant now) {
        return new GlossaryConcept(
                0, id, subjectFields, definition, note, source, terms, null, null, null, null, user, now, user, now, 0);
    }

    List<TermDraft> termDrafts() {
        return terms.stream().map(t -> t.toDraft().withId(null)).toList();
    }
}
