package org.statementworkbench.glossary.importing;

import org.statementworkbench.base.SentenceCaseLabel;

/** What an import does with one incoming concept. */
public enum ImportDecision implements SentenceCaseLabel {
    /**
     * Creates a new concept; for an existing one, adds the incoming terms it lacks and subject fields, fills
     * its empty definition, note and source, and keeps everything else.
     */
    MERGE,
    /** Leaves the glossary as it is. */
    SKIP,
    /**
     * The stored concept's subject fields, definition, note, source and approved terms become the incoming ones
     * (terms still under review stay with the review queue); a new concept is created as with merge.
     */
    REPLACE
}
