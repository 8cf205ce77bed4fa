package org.statementworkbench.memory;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A memory unit found by concordance search: its text in the language searched ({@code text}) with the stretches
 * that matched ({@code hits}, UTF-16 offsets), its text in the other language asked for ({@code otherText}, empty
 * when none was asked for) with the query's translation spotted there and any query words found there too ({@code otherHits}: see
 * {@code ConcordanceService}; names, numbers, symbols), and
 * where it came from: memory, statement and document symbol (for approved segments), and when it last changed.
 */
public record ConcordanceHit(
        String text,
        List<Span> hits,
        String otherText,
        List<Span> otherHits,
        String memory,
        @Nullable Long statementId,
        @Nullable String documentSymbol,
        Instant date) {

    public ConcordanceHit {
        hits = List.copyOf(hits);
        otherHits = List.copyOf(otherHits);
    }

    /** A stretch of a text, {@code start} inclusive, {@code end} exclusive. */
    public record Span(int start, int end) {

        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("Not a span: " + start + ".." + end);
            }
        }
    }
}
