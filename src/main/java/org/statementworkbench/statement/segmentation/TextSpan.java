package org.statementworkbench.statement.segmentation;

/** A stretch of a text by character offsets: {@code start} inclusive, {@code end} exclusive. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a span: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The spanned part of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
