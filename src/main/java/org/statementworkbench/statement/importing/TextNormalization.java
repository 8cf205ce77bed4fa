package org.statementworkbench.statement.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain text to blocks of lines: line breaks normalised (CR LF, CR, NEL, U+2028 and vertical tab become LF, U+2029
 * and form feed a blank line), stray control characters removed, NFC; blank lines separate blocks, and each line
 * loses its leading and trailing whitespace.
 */
final class TextNormalization {

    /** Lines of one paragraph of a text file, with the number of its first line (from 1). */
    record Block(int firstLine, List<String> lines) {}

    private TextNormalization() {}

    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u0085', '\u2028', '\u000B' -> out.append('\n');
                case '\u2029', '\u000C' -> out.append("\n\n");
                default -> {
                    if (!isStrayControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        String result = out.toString();
        return Normalizer.isNormalized(result, Normalizer.Form.NFC)
                ? result
                : Normalizer.normalize(result, Normalizer.Form.NFC);
    }

    /** Control characters other than tab and line or page breaks, which have no place in a statement. */
    static boolean isStrayControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\u000C')
                || (c >= 0x7F && c < 0xA0 && c != '\u0085');
    }

    /** "the paragraph that starts on line 1,234 of the file", for error messages. */
    static String where(int firstLine, String source) {
        return String.format(Locale.ENGLISH, "the paragraph that starts on line %,d of %s", firstLine, source);
    }

    /** Splits normalised text into blocks separated by blank lines. */
    static List<Block> blocks(String normalized) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int firstLine = 0;
        int lineNumber = 0;
        int from = 0;
        while (from <= normalized.length()) {
            int to = normalized.indexOf('\n', from);
            if (to < 0) {
                to = normalized.length();
            }
            lineNumber++;
            String line = normalized.substring(from, to).strip();
            if (line.isEmpty()) {
                if (!lines.isEmpty()) {
                    blocks.add(new Block(firstLine, List.copyOf(lines)));
                    lines.clear();
                }
            } else {
                if (lines.isEmpty()) {
                    firstLine = lineNumber;
                }
                lines.add(line);
            }
            from = to + 1;
        }
        if (!lines.isEmpty()) {
            blocks.add(new Block(firstLine, List.copyOf(lines)));
        }
        return blocks;
    }
}
