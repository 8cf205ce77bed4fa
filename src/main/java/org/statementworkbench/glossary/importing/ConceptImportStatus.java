package org.statementworkbench.glossary.importing;

import org.statementworkbench.glossary.GlossaryExchangeService;

/**
 * How an incoming concept compares with the glossary (see {@link GlossaryExchangeService} for the rules).
 * Each status has the decision applied unless the manager chooses another.
 */
public enum ConceptImportStatus {
    /** No concept with its id, and none of its terms is in use: created. */
    NEW("New", ImportDecision.MERGE),
    /** Same id, same content (approved terms, statuses, types, notes...): nothing to do. */
    UNCHANGED("Unchanged", ImportDecision.SKIP),
    /** Same id, different content. */
    CHANGED("Changed", ImportDecision.MERGE),
    /** Another id (or none), but a term of it is already a term of a concept in use. */
    DUPLICATE("Duplicate", ImportDecision.SKIP),
    /** Same id and different content, but its terms belong to another concept too, or the stored concept was
     * edited in the workbench since it was last imported. */
    CONFLICTING("Conflicting", ImportDecision.SKIP);

    private final String label;
    private final ImportDecision defaultDecision;

    ConceptImportStatus(String label, ImportDecision defaultDecision) {
        this.label = label;
        this.defaultDecision = defaultDecision;
    }

    public String label() {
        return label;
    }

    public ImportDecision defaultDecision() {
        return defaultDecision;
    }
}
