package org.statementworkbench.memory;

import java.util.List;

/**
 * TMX inline markup in unit texts. Texts follow the segment text convention of the statement module ({@code **bold**},
 * {@code *italic*}, a literal {@code *} or {@code \} escaped with a backslash), so TMX {@code <hi type="bold">} and
 * {@code <hi type="italic">} become those markers, and literal asterisks are escaped. That convention has no notation
 * for other inline codes, so each of them ({@code <bpt>}, {@code <ept>}, {@code <ph>}, {@code <it>}, {@code <ut>},
 * other {@code <hi>}) becomes a placeholder {@code ⟦n⟧} (U+27E6, U+27E7; a literal {@code ⟦} is escaped as
 * {@code \⟦}) numbered from 1, and the code itself is kept, as the XML fragment it was, in the text's code list
 * ({@code tm_unit_text.codes}), from which the export writes it back unchanged. The scorer treats placeholders as
 * tags ({@link MatchTokens}), not as words or numbers.
 */
final class TmxInline {

    static final char OPEN = '\u27E6';
    static final char CLOSE = '\u27E7';

    private TmxInline() {}

    static String placeholder(int number) {
        return OPEN + Integer.toString(number) + CLOSE;
    }

    /** Appends TMX character data to marked text: {@code \}, {@code *} and {@code ⟦} escaped. */
    static void appendText(StringBuilder marked, String text) {
        int plainUpTo = 0;
        while (plainUpTo < text.length()) {
            char c = text.charAt(plainUpTo);
            if (c == '\\' || c == '*' || c == OPEN) {
                break;
            }
            plainUpTo++;
        }
        marked.append(text, 0, plainUpTo);
        for (int i = plainUpTo; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '*' || c == OPEN) {
                marked.append('\\');
            }
            marked.append(c);
        }
    }

    /** The length of the placeholder at {@code from} (0 if there is none). */
    static int placeholderLength(String marked, int from) {
        if (marked.charAt(from) != OPEN) {
            return 0;
        }
        int i = from + 1;
        while (i < marked.length() && Character.isDigit(marked.charAt(i)) && i - from < 6) {
            i++;
        }
        return i > from + 1 && i < marked.length() && marked.charAt(i) == CLOSE ? i + 1 - from : 0;
    }

    /** Whether the text has a placeholder. */
    static boolean hasPlaceholder(String marked) {
        for (int i = 0; i < marked.length(); i++) {
            if (marked.charAt(i) == '\\') {
                i++;
            } else if (placeholderLength(marked, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes marked text as the content of a TMX {@code <seg>}: escapes undone, bold and italic markers as
     * {@code <hi>}, placeholders as their codes (a placeholder without a code stays text).
     */
    static void writeSeg(String marked, List<String> codes, StringBuilder xml) {
        int open = 0;
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            int placeholder = placeholderLength(marked, i);
            if (c == '\\' && i + 1 < marked.length() && isEscapable(marked.charAt(i + 1))) {
                escape(xml, marked.charAt(i + 1));
                i += 2;
            } else if (c == '*') {
                boolean twice = i + 1 < marked.length() && marked.charAt(i + 1) == '*';
                boolean opening = twice ? !bold : !italic;
                if (twice) {
                    bold = !bold;
                } else {
                    italic = !italic;
                }
                if (opening) {
                    xml.append(twice ? "<hi type=\"bold\">" : "<hi type=\"italic\">");
                    open++;
                } else if (open > 0) {
                    xml.append("</hi>");
                    open--;
                }
                i += twice ? 2 : 1;
            } else if (placeholder > 0) {
                int n = Integer.parseInt(marked.substring(i + 1, i + placeholder - 1));
                if (n >= 1 && n <= codes.size()) {
                    xml.append(codes.get(n - 1));
                } else {
                    escape(xml, marked.substring(i, i + placeholder));
                }
                i += placeholder;
            } else {
                escape(xml, c);
                i++;
            }
        }
        xml.append("</hi>".repeat(open));
    }

    private static boolean isEscapable(char c) {
        return c == '\\' || c == '*' || c == OPEN;
    }

    static void escape(StringBuilder xml, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            escape(xml, text.charAt(i));
        }
    }

    static void escape(StringBuilder xml, char c) {
        switch (c) {
            case '<' -> xml.append("&lt;");
            case '>' -> xml.append("&gt;");
            case '&' -> xml.append("&amp;");
            case '"' -> xml.append("&quot;");
            case '\r' -> xml.append("&#13;");
            default -> xml.append(c);
        }
    }
}
