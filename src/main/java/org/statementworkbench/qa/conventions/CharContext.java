package org.statementworkbench.qa.conventions;

/**
 * What surrounds a character of a segment, as the punctuation and space rules look at it: spaces of every width, the
 * script of a letter, and the nearest neighbours with the bold and italic markers ({@code *}) skipped, since they are
 * not part of the text a reader sees.
 */
final class CharContext {

    private CharContext() {}

    /** A space, a no-break space (U+00A0), a narrow no-break space (U+202F), a thin or figure space, a tab. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007' || c == '\t';
    }

    /** A Chinese character of the basic planes (CJK unified ideographs, extension A, compatibility ideographs). */
    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /** Whether the character at {@code index} exists and passes the test. */
    static boolean at(String text, int index, CharTest test) {
        return index >= 0 && index < text.length() && test.test(text.charAt(index));
    }

    /** The index of the nearest character before {@code index} that is neither a space nor a marker, or -1. */
    static int previousVisible(String text, int index) {
        int i = index - 1;
        while (i >= 0 && (isSpace(text.charAt(i)) || text.charAt(i) == '*')) {
            i--;
        }
        return i;
    }

    /** The index of the nearest character after {@code index} that is neither a space nor a marker, or the length. */
    static int nextVisible(String text, int index) {
        int i = index + 1;
        while (i < text.length() && (isSpace(text.charAt(i)) || text.charAt(i) == '*')) {
            i++;
        }
        return i;
    }

    /** The index of the character before {@code index} with markers skipped (spaces not), or -1. */
    static int previousUnmarked(String text, int index) {
        int i = index - 1;
        while (i >= 0 && text.charAt(i) == '*') {
            i--;
        }
        return i;
    }

    /** The index of the character after {@code index} with markers skipped (spaces not), or the length. */
    static int nextUnmarked(String text, int index) {
        int i = index + 1;
        while (i < text.length() && text.charAt(i) == '*') {
            i++;
        }
        return i;
    }

    /** Whether the character at {@code index} stands between two digits, as in 1,000 or 10:30. */
    static boolean betweenDigits(String text, int index) {
        return at(text, index - 1, CharTest.DIGIT) && at(text, index + 1, CharTest.DIGIT);
    }

    /** A test on one character. */
    @FunctionalInterface
    interface CharTest {
        CharTest DIGIT = Character::isDigit;

        boolean test(char c);
    }
}
