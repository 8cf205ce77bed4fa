package org.statementworkbench.statement;

import java.util.List;

/** Segment texts as stored carry inline formatting markers ({@code **bold**}, {@code *italic*}). */
public final class SegmentText {

    private SegmentText() {}

    /** A stretch of segment text with one formatting, its markers removed and its escapes resolved. */
    public record Run(String text, boolean bold, boolean italic) {}

    /** The text without formatting markers, as checks and reports read it. */
    public static String plain(String marked) {
        return MarkedText.plain(marked);
    }

    /**
     * The text cut into runs of one formatting each, in reading order, for showing formatting as formatting;
     * an unclosed marker formats up to the end of the text.
     */
    public static List<Run> runs(String marked) {
        return MarkedText.runs(marked).stream()
                .map(r -> new Run(r.text(), r.bold(), r.italic()))
                .toList();
    }
}
