package org.statementworkbench.statement;

import org.statementworkbench.base.SentenceCaseLabel;

/**
 * Workflow state of one segment in one target language, in workflow order. {@link #RETURNED} is a reviewer's
 * sending back, with a reason: it needs the translator again, so it comes before Translated and is not done.
 * {@link #APPROVED} is locked: no save changes it until a reviewer reopens it.
 */
public enum SegmentStatus implements SentenceCaseLabel {
    NEW,
    DRAFT,
    RETURNED,
    TRANSLATED,
    REVIEWED,
    APPROVED;

    /** Translated or further along: counts as done for progress. */
    public boolean isDone() {
        return compareTo(TRANSLATED) >= 0;
    }
}
