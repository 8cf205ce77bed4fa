package org.statementworkbench.glossary.importing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The manager's choices for a commit: a decision per status (else {@link ConceptImportStatus#defaultDecision}),
 * overridden per concept by its row number in the preview.
 */
public record ImportDecisions(Map<ConceptImportStatus, ImportDecision> byStatus, Map<Integer, ImportDecision> byRow) {

    public ImportDecisions {
        byStatus = Map.copyOf(byStatus);
        byRow = Map.copyOf(byRow);
    }

    /** The default decision for every status. */
    public static ImportDecisions defaults() {
        return new ImportDecisions(Map.of(), Map.of());
    }

    public ImportDecisions withStatus(ConceptImportStatus status, ImportDecision decision) {
        Map<ConceptImportStatus, ImportDecision> m = new EnumMap<>(ConceptImportStatus.class);
        m.putAll(byStatus);
        m.put(status, decision);
        return new ImportDecisions(m, byRow);
    }

    public ImportDecisions withRow(int row, ImportDecision decision) {
        Map<Integer, ImportDecision> m = new HashMap<>(byRow);
        m.put(row, decision);
        return new ImportDecisions(byStatus, m);
    }

    public ImportDecision decisionFor(ImportPreview.Row row) {
        ImportDecision d = byRow.get(row.row());
        if (d != null) {
            return d;
        }
        return byStatus.getOrDefault(row.status(), row.status().defaultDecision());
    }
}
