package org.statementworkbench.statement;

/**
 * Writes segment text with inline markers as a line of Markdown that renders as that text: the markers
 * ({@code **bold**}, {@code *italic*}) and their escapes ({@code \*}, {@code \\}) stay as they are; every other
 * character Markdown would read as markup gets a backslash: HTML and autolinks ({@code <}, {@code >}), entities
 * ({@code &}), links and images ({@code [}, {@code ]}), code ({@code `}), underscore emphasis, strikethrough
 * ({@code ~}) and tables ({@code |}) of GitHub's Markdown, a lone backslash, and at the start of a line headings ({@code #}), list items ({@code -}, {@code +},
 * {@code 1.}, {@code 1)}) and setext underlines ({@code =}). CommonMark renders a backslash-escaped punctuation
 * character as the character, and the workbench's own Markdown reader reads it back the same way, so an exported .md
 * imports to the same text.
 */
final class MarkdownLine {

    /** Characters escaped wherever they are. */
    private static final String MARKUP = "<>&[]`_~|";
    /** Characters escaped at the start of a line. */
    private static final String LINE_START_MARKUP = "#-+=";
    /** The most digits CommonMark allows in an ordered list marker. */
    private static final int MAX_LIST_NUMBER_DIGITS = 9;

    private MarkdownLine() {}

    /**
     * @param marked segment text with inline markers
     * @param lineStart whether the text starts a line of the Markdown file
     */
    static String of(String marked, boolean lineStart) {
        var out = new StringBuilder(marked.length() + 8);
        int listDot = lineStart ? orderedListDelimiter(marked) : -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '\\') {
                boolean escape =
                        i + 1 < marked.length() && (marked.charAt(i + 1) == '*' || marked.charAt(i + 1) == '\\');
                out.append(escape ? marked.substring(i, i + 2) : "\\\\");
                i += escape ? 1 : 0;
            } else if (MARKUP.indexOf(c) >= 0
                    || i == listDot
                    || (i == 0 && lineStart && LINE_START_MARKUP.indexOf(c) >= 0)) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The position of the "." or ")" of an ordered list marker ("12. ") at the start of the text, or -1. */
    private static int orderedListDelimiter(String text) {
        int digits = 0;
        while (digits < text.length()
                && digits <= MAX_LIST_NUMBER_DIGITS
                && text.charAt(digits) >= '0'
                && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits > MAX_LIST_NUMBER_DIGITS || digits == text.length()) {
            return -1;
        }
        char delimiter = text.charAt(digits);
        boolean markerEnds =
                digits + 1 == text.length() || text.charAt(digits + 1) == ' ' || text.charAt(digits + 1) == '\t';
        return (delimiter == '.' || delimiter == ')') && markerEnds ? digits : -1;
    }
}
