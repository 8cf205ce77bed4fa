package org.statementworkbench.terminology;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the words of a text: runs of letters, digits and combining marks (Arabic harakat stay inside their word).
 * Every Han, Kana or Hangul character is a word of its own, so that Chinese is matched character by character.
 * Hyphens, apostrophes, spaces and punctuation separate words; {@link #apostropheBefore} and
 * {@link #apostropheAfter} let analyzers handle elision ("l'Assemblée") and possessives ("States'").
 */
final class WordSplitter {

    private WordSplitter() {}

    /** A word's span in the text. */
    record Span(int start, int end) {}

    static List<Span> words(String text) {
        List<Span> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (ideograph(cp)) {
                words.add(new Span(i, i + width));
                i += width;
            } else if (wordChar(cp)) {
                int start = i;
                i += width;
                while (i < n) {
                    int next = text.codePointAt(i);
                    if (!wordChar(next) || ideograph(next)) {
                        break;
                    }
                    i += Character.charCount(next);
                }
                words.add(new Span(start, i));
            } else {
                i += width;
            }
        }
        return words;
    }

    static boolean wordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || cp == '\u0640';
    }

    static boolean ideograph(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }

    static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /** True when the word is directly followed by an apostrophe ("l'", "qu'"). */
    static boolean apostropheAfter(String text, Span w) {
        return w.end() < text.length() && apostrophe(text.charAt(w.end()));
    }

    /** True when the word directly follows an apostrophe ("'s"). */
    static boolean apostropheBefore(String text, Span w) {
        return w.start() > 0 && apostrophe(text.charAt(w.start() - 1));
    }
}
