package org.statementworkbench.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bold and italic stretches of segment text as the editor stores it ({@code **bold**}, {@code *italic*},
 * {@code ***both***}, a literal {@code *} or {@code \} escaped with a backslash), with their offsets, so that other
 * modules (the QA checks) can compare the formatting of a source and its translation without knowing the marker
 * syntax. Markers are read as the export reads them: {@code **} switches bold, a single {@code *} italic, and a
 * stretch still open at the end of the text ends there.
 */
public final class InlineMarkers {

    /** Bold or italic. */
    public enum Kind {
        BOLD("**"),
        ITALIC("*");

        private final String marker;

        Kind(String marker) {
            this.marker = marker;
        }

        /** The marker that opens and closes a stretch of this kind. */
        public String marker() {
            return marker;
        }
    }

    /**
     * One formatted stretch, from its opening marker to the end of its closing marker (UTF-16 offsets, end
     * exclusive); {@code closed} is false when the text ends before the closing marker.
     */
    public record Stretch(Kind kind, int start, int end, boolean closed) {}

    private InlineMarkers() {}

    /** The stretches of a text with inline markers, in the order they open. */
    public static List<Stretch> stretches(String marked) {
        List<Stretch> stretches = new ArrayList<>();
        int boldStart = -1;
        int italicStart = -1;
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c == '\\' && i + 1 < marked.length() && (marked.charAt(i + 1) == '*' || marked.charAt(i + 1) == '\\')) {
                i += 2;
            } else if (c == '*' && i + 1 < marked.length() && marked.charAt(i + 1) == '*') {
                if (boldStart < 0) {
                    boldStart = i;
                } else {
                    stretches.add(new Stretch(Kind.BOLD, boldStart, i + 2, true));
                    boldStart = -1;
                }
                i += 2;
            } else if (c == '*') {
                if (italicStart < 0) {
                    italicStart = i;
                } else {
                    stretches.add(new Stretch(Kind.ITALIC, italicStart, i + 1, true));
                    italicStart = -1;
                }
                i++;
            } else {
                i++;
            }
        }
        if (boldStart >= 0) {
            stretches.add(new Stretch(Kind.BOLD, boldStart, marked.length(), false));
        }
        if (italicStart >= 0) {
            stretches.add(new Stretch(Kind.ITALIC, italicStart, marked.length(), false));
        }
        stretches.sort(Comparator.comparingInt(Stretch::start));
        return stretches;
    }

    /** The text without its markers and escapes, as it is exported. */
    public static String plain(String marked) {
        return MarkedText.plain(marked);
    }
}
