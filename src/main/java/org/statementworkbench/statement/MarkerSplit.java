package org.statementworkbench.statement;

/**
 * Splits segment text with inline formatting markers ({@code **bold**}, {@code *italic*}, {@code \*}) so that
 * each part stays balanced: a bold or italic stretch open at the split is closed at the end of the first part
 * and reopened at the start of the second.
 */
record MarkerSplit(String first, String second) {

    static MarkerSplit at(String text, int offset) {
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < offset) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i += 2;
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*' && i + 1 < offset) {
                bold = !bold;
                i += 2;
            } else if (c == '*') {
                italic = !italic;
                i++;
            } else {
                i++;
            }
        }
        String close = (italic ? "*" : "") + (bold ? "**" : "");
        String open = (bold ? "**" : "") + (italic ? "*" : "");
        String head = text.substring(0, offset).stripTrailing();
        String tail = text.substring(offset).stripLeading();
        return new MarkerSplit(head + close, open + tail);
    }
}
