package org.statementworkbench.glossary.store;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.TermDraft;

/**
 * Readable concept ids made from a term: "cyber-grooming" from the English term, "cyber-grooming-2" when that id
 * is taken. Without an English term, the first term is transliterated to Latin letters with ICU (Russian
 * "кибергруминг" gives "kibergruming", Chinese by its pinyin); what has no Latin letters or digits left gets
 * "concept". Ids stay within {@link #MAX_LENGTH} characters, cut at a hyphen.
 */
public final class ConceptIds {

    static final int MAX_LENGTH = 60;

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private ConceptIds() {}

    /** An id not yet taken, from the English term if there is one, else from the first term. */
    public static String readable(List<TermDraft> terms, Predicate<String> taken) {
        String base = terms.stream()
                .filter(t -> t.unLanguage().filter(UnLanguage.EN::equals).isPresent())
                .findFirst()
                .or(() -> terms.stream().findFirst())
                .map(t -> slug(t.text()))
                .orElse("");
        if (base.isEmpty()) {
            base = "concept";
        }
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = cut(base, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** ASCII letters and digits joined by hyphens, lower case: "Cyber-grooming (online)" is "cyber-grooming-online". */
    static String slug(String term) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(term);
        }
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return cut(slug, MAX_LENGTH);
    }

    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', max);
        return (hyphen > max / 2 ? slug.substring(0, hyphen) : slug.substring(0, max)).replaceAll("-+$", "");
    }
}
