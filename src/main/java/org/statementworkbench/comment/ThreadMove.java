package org.statementworkbench.comment;

import java.time.Instant;

/**
 * A thread's move by a merge: it was on segment {@code fromSegment} (that segment's number when it was merged
 * away), {@code by} merged it into the thread's present segment {@code at} that time.
 */
public record ThreadMove(int fromSegment, String by, Instant at) {

    /**
     * The move in words, as the editor's comments panel and the QA report show it beside the thread (each adds the
     * time in its own format): "Moved from segment 3 when jean.martin merged it into this one".
     */
    public String note() {
        return "Moved from segment " + fromSegment + " when " + by + " merged it into this one";
    }
}
