package org.statementworkbench.statement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A saved state of a target segment as the history panel shows it; {@code overrideJustification} when it was
 * approved over blocking problems ({@link ApprovalOverride}); {@code action} and {@code reason} when a reviewer
 * reopened or returned the segment; {@code memoryScore} when the translation memory's match of that score filled the
 * text.
 */
public record Revision(
        long id,
        int number,
        String text,
        SegmentStatus status,
        String changedBy,
        Instant changedAt,
        @Nullable Integer restoredFrom,
        @Nullable String overrideJustification,
        @Nullable ReviewAction action,
        @Nullable String reason,
        @Nullable Integer memoryScore) {}
