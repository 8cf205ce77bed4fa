package org.statementworkbench.statement;

/** Workflow state of one segment in one target language, in workflow order. */
public enum SegmentStatus {
    NEW("New"),
    DRAFT("Draft"),
    TRANSLATED("Translated"),
    REVIEWED("Reviewed"),
    APPROVED("Approved");

    private final String label;

    SegmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Translated or further along: counts as done for progress. */
    public boolean isDone() {
        return compareTo(TRANSLATED) >= 0;
    }
}
