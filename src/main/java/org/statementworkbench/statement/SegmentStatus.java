package org.statementworkbench.statement;

import org.statementworkbench.base.SentenceCaseLabel;

/** Workflow state of one segment in one target language, in workflow order. */
public enum SegmentStatus implements SentenceCaseLabel {
    NEW,
    DRAFT,
    TRANSLATED,
    REVIEWED,
    APPROVED;

    /** Translated or further along: counts as done for progress. */
    public boolean isDone() {
        return compareTo(TRANSLATED) >= 0;
    }
}
