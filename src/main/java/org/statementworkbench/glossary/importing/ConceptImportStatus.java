package org.statementworkbench.glossary.importing;

import org.statementworkbench.base.SentenceCaseLabel;
import org.statementworkbench.glossary.GlossaryExchangeService;

/**
 * How an incoming concept compares with the glossary (see {@link GlossaryExchangeService} for the rules).
 * Each status has the decision applied unless the manager chooses another.
 */
public enum ConceptImportStatus implements SentenceCaseLabel {
    /** No concept with its id, and none of its terms is in use: created. */
    NEW(ImportDecision.MERGE),
    /** Same id, same content (approved terms, statuses, types, notes...): nothing to do. */
    UNCHANGED(ImportDecision.SKIP),
    /** Same id, different content. */
    CHANGED(ImportDecision.MERGE),
    /** Another id (or none), but a term of it is already a term of a concept in use. */
    DUPLICATE(ImportDecision.SKIP),
    /** Same id and different content, but its terms belong to another concept too, or the stored concept was
     * edited in the workbench since it was last imported. */
    CONFLICTING(ImportDecision.SKIP);

    private final ImportDecision defaultDecision;

    ConceptImportStatus(ImportDecision defaultDecision) {
        this.defaultDecision = defaultDecision;
    }

    public ImportDecision defaultDecision() {
        return defaultDecision;
    }
}
