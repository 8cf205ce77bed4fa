package org.statementworkbench.statement.importing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bold and italic markers of one Markdown paragraph, following CommonMark's delimiter-run rules: {@code *} and
 * {@code _} runs open or close emphasis depending on the characters around them (so {@code snake_case} and
 * {@code 2 * 3} stay text), two characters make bold, one italic, three both; markers may span line breaks;
 * unmatched markers stay literal; a backslash before ASCII punctuation makes it literal. Linear in the length of
 * the paragraph (CommonMark's "openers bottom" bound).
 */
final class MarkdownEmphasis {

    /** A run of one delimiter character, linked into the delimiter stack while it may still match. */
    private static final class Delimiter {
        final char ch;
        final int originalLength;
        int remaining;
        final boolean canOpen;
        final boolean canClose;
        int boldOpens;
        int italicOpens;
        int boldCloses;
        int italicCloses;

        @Nullable
        Delimiter previous;

        @Nullable
        Delimiter next;

        Delimiter(char ch, int length, boolean canOpen, boolean canClose) {
            this.ch = ch;
            this.originalLength = length;
            this.remaining = length;
            this.canOpen = canOpen;
            this.canClose = canClose;
        }
    }

    private MarkdownEmphasis() {}

    /** Appends the paragraph's text, markers resolved into formatting, to the builder. */
    static void appendTo(String paragraph, ParagraphBuilder out) {
        List<Object> tokens = tokenize(paragraph);
        matchDelimiters(tokens);
        int bold = 0;
        int italic = 0;
        for (Object token : tokens) {
            if (token instanceof String text) {
                out.append(text, bold > 0, italic > 0);
            } else {
                Delimiter d = (Delimiter) token;
                bold -= d.boldCloses;
                italic -= d.italicCloses;
                out.append(String.valueOf(d.ch).repeat(d.remaining), bold > 0, italic > 0);
                bold += d.boldOpens;
                italic += d.italicOpens;
            }
        }
    }

    private static List<Object> tokenize(String s) {
        List<Object> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (isAsciiPunctuation(s.charAt(i + 1)) || s.charAt(i + 1) == '\n')) {
                text.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '*' || c == '_') {
                int end = i;
                while (end < s.length() && s.charAt(end) == c) {
                    end++;
                }
                char before = i == 0 ? '\n' : s.charAt(i - 1);
                char after = end == s.length() ? '\n' : s.charAt(end);
                boolean left = !isWhitespace(after)
                        && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
                boolean right = !isWhitespace(before)
                        && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
                boolean canOpen = c == '*' ? left : left && (!right || isPunctuation(before));
                boolean canClose = c == '*' ? right : right && (!left || isPunctuation(after));
                if (!text.isEmpty()) {
                    tokens.add(text.toString());
                    text.setLength(0);
                }
                tokens.add(new Delimiter(c, end - i, canOpen, canClose));
                i = end;
            } else {
                text.append(c);
                i++;
            }
        }
        if (!text.isEmpty()) {
            tokens.add(text.toString());
        }
        return tokens;
    }

    /** CommonMark's "process emphasis" over the delimiter stack. */
    private static void matchDelimiters(List<Object> tokens) {
        Delimiter first = null;
        Delimiter last = null;
        for (Object token : tokens) {
            if (token instanceof Delimiter d) {
                if (last == null) {
                    first = d;
                } else {
                    last.next = d;
                    d.previous = last;
                }
                last = d;
            }
        }
        // per closer kind (character, can open, length mod 3): no opener at or below this one can match it
        @Nullable Delimiter[] openersBottom = new Delimiter[12];
        boolean[] bottomSet = new boolean[12];
        Delimiter current = first;
        while (current != null) {
            if (!current.canClose) {
                current = current.next;
                continue;
            }
            int kind = (current.ch == '*' ? 0 : 6) + (current.canOpen ? 3 : 0) + current.originalLength % 3;
            Delimiter bottom = bottomSet[kind] ? openersBottom[kind] : null;
            Delimiter opener = current.previous;
            while (opener != null && opener != bottom && !matches(opener, current)) {
                opener = opener.previous;
            }
            if (opener != null && opener != bottom) {
                int use = opener.remaining >= 2 && current.remaining >= 2 ? 2 : 1;
                if (use == 2) {
                    opener.boldOpens++;
                    current.boldCloses++;
                } else {
                    opener.italicOpens++;
                    current.italicCloses++;
                }
                opener.remaining -= use;
                current.remaining -= use;
                opener.next = current; // delimiters in between can no longer match
                current.previous = opener;
                if (opener.remaining == 0) {
                    unlink(opener);
                }
                if (current.remaining == 0) {
                    Delimiter next = current.next;
                    unlink(current);
                    current = next;
                }
            } else {
                openersBottom[kind] = current.previous;
                bottomSet[kind] = true;
                Delimiter next = current.next;
                if (!current.canOpen) {
                    unlink(current);
                }
                current = next;
            }
        }
    }

    private static boolean matches(Delimiter opener, Delimiter closer) {
        if (opener.ch != closer.ch || !opener.canOpen || opener.remaining == 0) {
            return false;
        }
        boolean oddMatch = (opener.canClose || closer.canOpen)
                && (opener.originalLength + closer.originalLength) % 3 == 0
                && !(opener.originalLength % 3 == 0 && closer.originalLength % 3 == 0);
        return !oddMatch;
    }

    private static void unlink(Delimiter d) {
        if (d.previous != null) {
            d.previous.next = d.next;
        }
        if (d.next != null) {
            d.next.previous = d.previous;
        }
        d.previous = null;
        d.next = null;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
