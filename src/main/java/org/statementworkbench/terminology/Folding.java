package org.statementworkbench.terminology;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and diacritic folding of one word, the same for terms and texts: lower case; accents, the diaeresis of ё,
 * Arabic harakat, hamza marks and tatweel removed (й stays: Russian endings depend on it); alef maqsura read as ya
 * and ta marbuta as ha; compatibility forms (full-width Latin, ligatures) decomposed.
 */
final class Folding {

    private Folding() {}

    static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if ((c == '\u0438' || c == '\u0418') && i + 1 < d.length() && d.charAt(i + 1) == '\u0306') {
                b.append('\u0439');
                i++;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || c == '\u0640') {
                continue;
            }
            if (c == '\u0649') {
                c = '\u064A';
            } else if (c == '\u0629') {
                c = '\u0647';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
