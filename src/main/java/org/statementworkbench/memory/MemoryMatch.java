package org.statementworkbench.memory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A memory match for a text: its score (0-100, 101 in context), the memory's source and target (marked text, as
 * segments store it; the target with the numbers adapted when only they differ: {@code numbersAdapted}), and where
 * the target came from: memory, statement and document symbol (for approved segments), who wrote it and when.
 */
public record MemoryMatch(
        int score,
        String source,
        String target,
        boolean numbersAdapted,
        String memory,
        @Nullable Long statementId,
        @Nullable String documentSymbol,
        @Nullable String author,
        Instant date) {

    /** The score of an exact match whose previous segment matches too. */
    public static final int IN_CONTEXT = 101;

    /** The score of an exact match. */
    public static final int EXACT = 100;
}
