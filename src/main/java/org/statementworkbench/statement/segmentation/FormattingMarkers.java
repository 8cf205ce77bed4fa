package org.statementworkbench.statement.segmentation;

import java.util.List;
import org.statementworkbench.statement.importing.TextRun;

/**
 * Writes a span of a paragraph as text with inline markers: {@code **bold**}, {@code *italic*},
 * {@code ***bold italic***}, a literal {@code *} or {@code \} escaped with a backslash. Each span is closed on its
 * own, so a run that crosses a segment boundary is closed at the end of one segment and reopened in the next.
 * Whitespace at the edge of a formatted stretch is written outside its markers ("**Agenda 5:** Thematic").
 */
final class FormattingMarkers {

    private final List<TextRun> runs;
    private final int[] runStarts;

    FormattingMarkers(List<TextRun> runs) {
        this.runs = runs;
        this.runStarts = new int[runs.size()];
        int offset = 0;
        for (int i = 0; i < runs.size(); i++) {
            runStarts[i] = offset;
            offset += runs.get(i).text().length();
        }
    }

    String render(TextSpan span) {
        StringBuilder out = new StringBuilder(span.length() + 8);
        StringBuilder stretch = new StringBuilder();
        String marker = "";
        for (int i = 0; i < runs.size(); i++) {
            TextRun run = runs.get(i);
            int from = Math.max(span.start(), runStarts[i]);
            int to = Math.min(span.end(), runStarts[i] + run.text().length());
            if (from >= to) {
                continue;
            }
            String runMarker = marker(run);
            if (!runMarker.equals(marker)) {
                writeStretch(out, stretch, marker);
                stretch.setLength(0);
                marker = runMarker;
            }
            stretch.append(run.text(), from - runStarts[i], to - runStarts[i]);
        }
        writeStretch(out, stretch, marker);
        return out.toString();
    }

    private static String marker(TextRun run) {
        if (run.bold() && run.italic()) {
            return "***";
        }
        return run.bold() ? "**" : run.italic() ? "*" : "";
    }

    /** Appends text of one formatting, its edge whitespace outside the markers. */
    private static void writeStretch(StringBuilder out, CharSequence text, String marker) {
        int start = 0;
        int end = text.length();
        while (start < end && SentenceSegmenter.isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && SentenceSegmenter.isBlank(text.charAt(end - 1))) {
            end--;
        }
        out.append(text, 0, start);
        if (end > start) {
            out.append(marker);
            escape(out, text, start, end);
            out.append(marker);
        }
        out.append(text, end, text.length());
    }

    private static void escape(StringBuilder out, CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
