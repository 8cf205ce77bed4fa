package org.statementworkbench.statement;

/**
 * Words in a segment, as translation services count them: runs of letters or digits separated by spaces or
 * punctuation; in Chinese (and Japanese/Korean script) every ideograph counts as one word. Inline formatting
 * markers do not count.
 */
public final class WordCount {

    private WordCount() {}

    public static int of(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeograph(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || isJoiner(cp) && inWord) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isIdeograph(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Characters that keep a word together: apostrophes, hyphens, combining marks (Arabic diacritics). */
    private static boolean isJoiner(int cp) {
        int type = Character.getType(cp);
        return cp == '\''
                || cp == '\u2019'
                || cp == '-'
                || cp == '\u2011'
                || cp == '.'
                || cp == ','
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || cp == '\u0640';
    }
}
