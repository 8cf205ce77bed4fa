package org.statementworkbench.glossary.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.store.ConceptSnapshot;
import org.statementworkbench.glossary.store.StoredConcepts;

/**
 * Compares incoming concepts with the glossary in a few bulk reads (ids, term owners, the matched concepts,
 * their history) and gives each its {@link ConceptImportStatus}:
 * <ul>
 * <li>same id, same content (subject fields, definition, note, source, approved terms with type, status, case
 * sensitivity, part of speech, gender, context; term order and retirement left aside): UNCHANGED;</li>
 * <li>same id, different content: CONFLICTING when an incoming term is also a term of another concept in use, or
 * when the stored concept was imported before and edited in the workbench since (its last history entry is not an
 * import's), so that replacing it would undo a person's edit; otherwise CHANGED;</li>
 * <li>an id not in the glossary, or none: DUPLICATE when one of its terms (language and folded text) is a term of a
 * concept in use, else NEW.</li>
 * </ul>
 */
@Component
class ImportClassifier {

    private final StoredConcepts stored;

    ImportClassifier(StoredConcepts stored) {
        this.stored = stored;
    }

    /** The preview rows, one per incoming concept, in file order. */
    List<ImportPreview.Row> classify(List<IncomingConcept> incoming) {
        Set<String> externalIds = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (IncomingConcept c : incoming) {
            if (c.externalId() != null) {
                externalIds.add(c.externalId());
            }
            for (int i = 0; i < c.terms().size(); i++) {
                keys.add(c.key(i));
            }
        }
        Map<String, Long> ids = stored.idsByExternalId(externalIds);
        Map<String, Set<Long>> owners = stored.owners(keys);
        Map<Long, GlossaryConcept> matched = stored.load(List.copyOf(new TreeSet<>(ids.values())));
        Set<Long> edited = stored.editedSinceImport(matched.keySet());
        Set<Long> others = new HashSet<>();
        owners.values().forEach(others::addAll);
        Map<Long, String> names = stored.externalIds(others);
        List<ImportPreview.Row> rows = new ArrayList<>();
        for (IncomingConcept c : incoming) {
            Long existing = c.externalId() == null ? null : ids.get(c.externalId());
            Map<Long, List<String>> shared = shared(c, owners, existing);
            List<String> duplicateOf = shared.entrySet().stream()
                    .map(e -> names.getOrDefault(e.getKey(), "#" + e.getKey()) + ": " + String.join(", ", e.getValue()))
                    .toList();
            if (existing != null) {
                GlossaryConcept before = Objects.requireNonNull(matched.get(existing));
                String differences = differences(before, c.completedFrom(before));
                ConceptImportStatus status = differences.equals("no change")
                        ? ConceptImportStatus.UNCHANGED
                        : !shared.isEmpty() || edited.contains(existing)
                                ? ConceptImportStatus.CONFLICTING
                                : ConceptImportStatus.CHANGED;
                if (status == ConceptImportStatus.CONFLICTING && shared.isEmpty()) {
                    differences = "Edited in the workbench since it was last imported.\n" + differences;
                }
                rows.add(row(
                        c, status, existing, status == ConceptImportStatus.UNCHANGED ? "" : differences, duplicateOf));
            } else if (!shared.isEmpty()) {
                rows.add(row(
                        c,
                        ConceptImportStatus.DUPLICATE,
                        shared.keySet().iterator().next(),
                        "",
                        duplicateOf));
            } else {
                rows.add(row(c, ConceptImportStatus.NEW, null, "", List.of()));
            }
        }
        return rows;
    }

    /** Other concepts in use that share terms with the incoming one, each with the shared terms, by id. */
    private static Map<Long, List<String>> shared(
            IncomingConcept c, Map<String, Set<Long>> owners, @Nullable Long except) {
        Map<Long, List<String>> shared = new java.util.TreeMap<>();
        for (int i = 0; i < c.terms().size(); i++) {
            GlossaryTerm t = c.terms().get(i);
            for (Long owner : owners.getOrDefault(c.key(i), Set.of())) {
                if (!owner.equals(except)) {
                    shared.computeIfAbsent(owner, k -> new ArrayList<>()).add(t.text() + " [" + t.languageTag() + "]");
                }
            }
        }
        return shared;
    }

    /** "- stored line / + incoming line" over the approved content, as in the history; "no change" if equal. */
    static String differences(GlossaryConcept stored, IncomingConcept incoming) {
        GlossaryConcept before = comparable(
                stored.externalId(),
                stored.subjectFields(),
                stored.definition(),
                stored.note(),
                stored.source(),
                stored.terms().stream()
                        .filter(t -> t.approval() == Approval.APPROVED)
                        .toList());
        GlossaryConcept after = comparable(
                stored.externalId(),
                incoming.subjectFields(),
                incoming.definition(),
                incoming.note(),
                incoming.source(),
                incoming.terms());
        return ConceptSnapshot.summary(ConceptSnapshot.text(before), ConceptSnapshot.text(after));
    }

    private static GlossaryConcept comparable(
            String id,
            List<String> subjects,
            @Nullable String definition,
            @Nullable String note,
            @Nullable String source,
            List<GlossaryTerm> terms) {
        Instant never = Instant.EPOCH;
        return new GlossaryConcept(
                0,
                id,
                subjects.stream().sorted().toList(),
                definition,
                note,
                source,
                terms,
                null,
                null,
                null,
                null,
                "",
                never,
                "",
                never,
                0);
    }

    private static ImportPreview.Row row(
            IncomingConcept c,
            ConceptImportStatus status,
            @Nullable Long existing,
            String differences,
            List<String> duplicateOf) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        c.terms()
                .forEach(t -> terms.computeIfAbsent(t.languageTag(), k -> new ArrayList<>())
                        .add(t.text()));
        return new ImportPreview.Row(c.row(), c.externalId(), status, existing, terms, differences, duplicateOf);
    }
}
