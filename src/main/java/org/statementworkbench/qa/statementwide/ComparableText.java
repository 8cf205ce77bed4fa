package org.statementworkbench.qa.statementwide;

import org.statementworkbench.base.UnLanguage;

/**
 * A text as the consistency checks compare it: bold and italic markers ({@code *}) dropped, and the Arabic marks
 * a writer may or may not type (the vowel and tanwin marks, the shadda, the tatweel), so that "تمشياً" and "تمشيا"
 * compare equal; runs of white space
 * (no-break and narrow spaces too) made one space, leading and trailing space and trailing sentence punctuation
 * ({@code . , ; : ! ?} and their Chinese and Arabic forms, the ellipsis) removed, and the first letter in lower case.
 * "Goal 1." and "**goal 1**" compare equal; "Goal 1" and "Goal 2" do not. One pass over the text.
 */
final class ComparableText {

    private ComparableText() {}

    /** The text's comparable form; empty when the text has nothing but spaces, markers and final punctuation. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        boolean firstLetter = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '*' || c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (firstLetter && Character.isLetter(c)) {
                c = Character.toLowerCase(c);
                firstLetter = false;
            }
            out.appendCodePoint(c);
        }
        int end = out.length();
        while (end > 0 && (finalPunctuation(out.charAt(end - 1)) || out.charAt(end - 1) == ' ')) {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    /**
     * Whether a comparable text says enough for the same translation of two sources to be suspicious: two words or
     * numbers at least (in Chinese, two characters count as a word), so that single words ("Objectifs" for "Goals"
     * and "Objectives"), lone numbers and list markers are left alone.
     */
    static boolean substantial(String comparable, UnLanguage language) {
        int tokens = 0;
        int han = 0;
        boolean inToken = false;
        for (int i = 0; i < comparable.length(); ) {
            int c = comparable.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isIdeographic(c)) {
                han++;
                inToken = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inToken) {
                    tokens++;
                }
                inToken = true;
            } else if (c != '-' && c != '\'' && c != '\u2019' && Character.getType(c) != Character.NON_SPACING_MARK) {
                inToken = false;
            }
        }
        int words = tokens + (language == UnLanguage.ZH ? (han + 1) / 2 : han);
        return words >= 2;
    }

    /** Whether the text has a letter: a source of numbers and symbols only may be rendered differently in context. */
    static boolean hasLetter(String comparable) {
        return comparable.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean finalPunctuation(char c) {
        return switch (c) {
            case '.',
                    ',',
                    ';',
                    ':',
                    '!',
                    '?',
                    '\u2026',
                    '\u3002',
                    '\uFF0C',
                    '\uFF1B',
                    '\uFF1A',
                    '\uFF01',
                    '\uFF1F',
                    '\u060C',
                    '\u061B',
                    '\u061F',
                    '\u06D4' -> true;
            default -> false;
        };
    }
}
