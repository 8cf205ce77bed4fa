package org.statementworkbench.glossary;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for glossary search: case, accents and diacritics (Latin, Cyrillic ё/й, Arabic harakat, hamza
 * carriers, tatweel, alef maqsura and ta marbuta), punctuation to spaces. The folded form is stored with a space
 * before and after it so that "starts a word" and "whole word" are plain {@code like} patterns.
 */
public final class SearchFolding {

    private SearchFolding() {}

    /** "Assemblée générale" becomes "assemblee generale"; "الأمم المتحدة" becomes "الامم المتحده". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640') {
                continue;
            }
            if (c == '\u0649') {
                c = '\u064A';
            } else if (c == '\u0629') {
                c = '\u0647';
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** The stored form: folded, with a space on each side. */
    static String stored(String text) {
        return " " + fold(text) + " ";
    }

    /** True when the text holds Han, Kana or Hangul characters: such terms are searched as substrings. */
    static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN
                    || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA
                    || s == Character.UnicodeScript.HANGUL;
        });
    }
}
