package org.statementworkbench.statement;

import java.util.ArrayList;
import java.util.List;
import org.statementworkbench.statement.importing.TextRun;

/**
 * Reads segment text with inline markers ({@code **bold**}, {@code *italic*}, {@code ***both***}, {@code \*} and
 * {@code \\} escapes) back into formatted runs, for export. Unbalanced markers end at the end of the text.
 */
final class MarkedText {

    private MarkedText() {}

    static List<TextRun> runs(String marked) {
        List<TextRun> runs = new ArrayList<>();
        var text = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c == '\\' && i + 1 < marked.length() && (marked.charAt(i + 1) == '*' || marked.charAt(i + 1) == '\\')) {
                text.append(marked.charAt(i + 1));
                i += 2;
            } else if (c == '*') {
                add(runs, text, bold, italic);
                if (i + 1 < marked.length() && marked.charAt(i + 1) == '*') {
                    bold = !bold;
                    i += 2;
                } else {
                    italic = !italic;
                    i++;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        add(runs, text, bold, italic);
        return runs;
    }

    static String plain(String marked) {
        var out = new StringBuilder();
        runs(marked).forEach(r -> out.append(r.text()));
        return out.toString();
    }

    private static void add(List<TextRun> runs, StringBuilder text, boolean bold, boolean italic) {
        if (!text.isEmpty()) {
            runs.add(new TextRun(text.toString(), bold, italic));
            text.setLength(0);
        }
    }
}
