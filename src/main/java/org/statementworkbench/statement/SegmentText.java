package org.statementworkbench.statement;

/** Segment texts as stored carry inline formatting markers ({@code **bold**}, {@code *italic*}). */
public final class SegmentText {

    private SegmentText() {}

    /** The text without formatting markers, as checks and reports read it. */
    public static String plain(String marked) {
        return MarkedText.plain(marked);
    }
}
