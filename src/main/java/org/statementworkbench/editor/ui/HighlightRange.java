package org.statementworkbench.editor.ui;

import java.util.Objects;

/**
 * A span of a {@link SegmentEditor}'s text to highlight, with the message its tooltip shows. Offsets count UTF-16
 * code units ({@link String#length()}), {@code end} exclusive.
 */
public record HighlightRange(String id, int start, int end, HighlightKind kind, String message) {

    public HighlightRange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A range needs an id");
        }
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("Range " + id + ": needs 0 <= start < end, was " + start + ".." + end);
        }
    }

    /** Whether the range lies within a text of this length. */
    public boolean fitsIn(int textLength) {
        return end <= textLength;
    }
}
