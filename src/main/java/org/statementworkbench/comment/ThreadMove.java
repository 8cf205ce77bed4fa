package org.statementworkbench.comment;

import java.time.Instant;

/**
 * A thread's move by a merge: it was on segment {@code fromSegment} (that segment's number when it was merged
 * away), {@code by} merged it into the thread's present segment {@code at} that time.
 */
public record ThreadMove(int fromSegment, String by, Instant at) {}
