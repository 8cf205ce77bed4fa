package org.statementworkbench.statement;

import java.time.Instant;

/**
 * A merge under way, as {@link SegmentMergeParticipant}s see it: segment {@code removedNumber} ({@code removedSegmentId})
 * is about to be joined into segment {@code keptNumber} ({@code keptSegmentId}) of the statement and deleted; both
 * numbers are those before the merge.
 */
public record SegmentMerge(
        long statementId,
        long keptSegmentId,
        int keptNumber,
        long removedSegmentId,
        int removedNumber,
        String mergedBy,
        Instant at) {}
