package org.statementworkbench.glossary.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.GlossaryExchangeService;
import org.statementworkbench.glossary.exchange.ImportFormat;

/**
 * What an import would do, before anything changes: every incoming concept with its status. {@code id} names
 * the parsed file kept on the server for {@link GlossaryExchangeService#commit}; it expires after
 * {@link GlossaryExchangeService#PREVIEW_TTL} and is used once. {@code revision} is the glossary revision the
 * preview was made against: a commit after another change of the glossary is refused. {@code notImported} lists
 * the data categories of the file that the glossary has no place for, with how often each occurs
 * ("transaction history (transacGrp) (24 times)"), so that the manager sees what the import leaves out.
 */
public record ImportPreview(
        String id, String fileName, ImportFormat format, long revision, List<Row> rows, List<String> notImported) {

    /**
     * One incoming concept. {@code row} counts from 1 in file order; {@code existingId} is the stored concept it
     * matches (same id, or for a duplicate the first concept sharing a term); {@code terms} maps a language to
     * its incoming terms; {@code differences} lists what would change ("- old line", "+ new line") for a changed
     * or conflicting concept; {@code duplicateOf} names the existing concepts sharing terms, with the terms.
     */
    public record Row(
            int row,
            @Nullable String externalId,
            ConceptImportStatus status,
            @Nullable Long existingId,
            Map<String, List<String>> terms,
            String differences,
            List<String> duplicateOf) {

        public Row {
            terms = Map.copyOf(terms);
            duplicateOf = List.copyOf(duplicateOf);
        }

        /** The incoming terms of a language, joined with " | ". */
        public String terms(String language) {
            return String.join(" | ", terms.getOrDefault(language, List.of()));
        }
    }

    public ImportPreview {
        rows = List.copyOf(rows);
        notImported = List.copyOf(notImported);
    }

    public ImportPreview(String id, String fileName, ImportFormat format, long revision, List<Row> rows) {
        this(id, fileName, format, revision, rows, List.of());
    }

    public Map<ConceptImportStatus, Integer> counts() {
        Map<ConceptImportStatus, Integer> counts = new EnumMap<>(ConceptImportStatus.class);
        for (ConceptImportStatus s : ConceptImportStatus.values()) {
            counts.put(s, 0);
        }
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }

    public int count(ConceptImportStatus status) {
        return counts().getOrDefault(status, 0);
    }
}
