package org.statementworkbench.base.checks;

/** A range of a text in UTF-16 code units ({@link String#length()}), {@code end} exclusive. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether the span lies within a text of this length. */
    public boolean fitsIn(int textLength) {
        return end <= textLength;
    }

    /** The part of {@code text} the span covers (clipped to the text). */
    public String of(String text) {
        return text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
    }
}
