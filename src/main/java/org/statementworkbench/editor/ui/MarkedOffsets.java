package org.statementworkbench.editor.ui;

/**
 * Maps offsets of a segment's plain text ({@link SegmentEditor#plainText}, what the term matchers read) back to its
 * marked text (what the segment editor holds and highlights): {@code **} and {@code *} markers are skipped and
 * {@code \*} is one plain asterisk two code units wide.
 */
final class MarkedOffsets {

    private final String plain;
    /** For each plain character, where it starts and ends in the marked text. */
    private final int[] starts;

    private final int[] ends;

    MarkedOffsets(String marked) {
        var text = new StringBuilder(marked.length());
        starts = new int[marked.length()];
        ends = new int[marked.length()];
        int n = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '\\' && i + 1 < marked.length() && marked.charAt(i + 1) == '*') {
                starts[n] = i;
                ends[n++] = i + 2;
                text.append('*');
                i++;
            } else if (c != '*') {
                starts[n] = i;
                ends[n++] = i + 1;
                text.append(c);
            }
        }
        plain = text.toString();
    }

    /** The text without markers; the same as {@link SegmentEditor#plainText}. */
    String plain() {
        return plain;
    }

    /** The marked offset where the plain character at {@code start} begins. */
    int start(int start) {
        return starts[start];
    }

    /** The marked offset just after the plain character before {@code end} (end exclusive). */
    int end(int end) {
        return ends[end - 1];
    }
}
