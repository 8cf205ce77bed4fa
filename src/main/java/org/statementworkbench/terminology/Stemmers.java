package org.statementworkbench.terminology;

/**
 * Light inflectional stemmers for folded words: they remove the endings that inflection adds (plural, gender,
 * case), never derivational suffixes, so that "Совета"/"Совету"/"Совет", "organisées"/"organisé" and
 * "Miembros"/"Miembro" meet. Applied alike to terms and texts, they need not produce real words.
 */
final class Stemmers {

    private Stemmers() {}

    /** English: plural -s/-es/-ies (like Lucene's minimal English stemmer). */
    static String english(String w) {
        int n = w.length();
        if (n < 3 || w.charAt(n - 1) != 's') {
            return w;
        }
        if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, n - 1);
        }
        if (w.endsWith("us") || w.endsWith("ss") || w.endsWith("is")) {
            return w;
        }
        return w.substring(0, n - 1);
    }

    /** French: plural -s/-x, -aux to -al, feminine -e (accents already folded: "organisées" to "organis"). */
    static String french(String w) {
        String s = w;
        if (s.length() > 4 && s.endsWith("aux")) {
            s = s.substring(0, s.length() - 3) + "al";
        } else if (s.length() > 3 && (s.endsWith("s") || s.endsWith("x"))) {
            s = s.substring(0, s.length() - 1);
        }
        for (int k = 0; k < 2 && s.length() > 3 && s.endsWith("e"); k++) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Spanish: plural -s/-es and gender -a/-o/-e ("organizadas", "organizado" to "organizad"). */
    static String spanish(String w) {
        String s = w;
        int n = s.length();
        if (n > 4 && s.endsWith("es") && !vowel(s.charAt(n - 3))) {
            s = s.substring(0, n - 2);
        } else if (n > 3 && s.endsWith("s")) {
            s = s.substring(0, n - 1);
        }
        n = s.length();
        if (n > 4 && (s.endsWith("a") || s.endsWith("o") || s.endsWith("e"))) {
            s = s.substring(0, n - 1);
        }
        return s;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** Noun and adjective case endings, longest first. */
    private static final String[] RUSSIAN_ENDINGS = {
        "иями", "ями", "ами", "ьми", "иях", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ием", "ах", "ях", "ая",
        "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ей", "ых", "их", "ым", "им", "ую", "юю", "ия", "ию", "ии",
        "ов", "ев", "ом", "ем", "ам", "ям", "ью", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"
    };

    /**
     * Russian: the reflexive -ся/-сь of participles ("развивающихся"), case, number and gender endings of nouns
     * and adjectives, then a vowel left at the end of the stem
     * (so "Ассамблея", "Ассамблее" and "Ассамблеи" all give "ассамбл"); at least three letters stay.
     */
    static String russian(String w) {
        String s = w;
        if (s.length() > 6 && (s.endsWith("ся") || s.endsWith("сь"))) {
            s = s.substring(0, s.length() - 2);
        }
        for (String ending : RUSSIAN_ENDINGS) {
            if (s.length() - ending.length() >= 3 && s.endsWith(ending)) {
                s = s.substring(0, s.length() - ending.length());
                break;
            }
        }
        if (s.length() > 3 && "аеиоуыэюя".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
