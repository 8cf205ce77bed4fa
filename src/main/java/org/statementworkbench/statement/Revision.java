package org.statementworkbench.statement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A saved state of a target segment as the history panel shows it; {@code overrideJustification} when it was
 * approved over blocking problems ({@link ApprovalOverride}).
 */
public record Revision(
        long id,
        int number,
        String text,
        SegmentStatus status,
        String changedBy,
        Instant changedAt,
        @Nullable Integer restoredFrom,
        @Nullable String overrideJustification) {}
