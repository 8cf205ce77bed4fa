package org.statementworkbench.glossary;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for glossary search: case, accents and diacritics (Latin, Cyrillic ё/й, Arabic harakat, hamza
 * carriers, tatweel, alef maqsura and ta marbuta), punctuation to spaces. Terms store their folded form
 * ({@code store.Term#storedFolding}); the search folds what is typed the same way.
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
}
