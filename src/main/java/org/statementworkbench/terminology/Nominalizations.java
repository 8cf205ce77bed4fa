package org.statementworkbench.terminology;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The noun in -ification of a verb in -ify and its equivalents ("ratifying" to "ratification", "ratifient" to
 * "ratification", "ratificado" to "ratificacion", "ратифицировали" to "ратификация"), on folded words: how a
 * translation that uses the verb still renders a term that is the noun. Null for any other word. Only the one
 * regular, meaning-preserving pattern of each language; derivation in general is left alone. Also the English
 * compounds of a noun and a verbal noun, which text may turn into a verb phrase.
 */
final class Nominalizations {

    private static final Pattern ENGLISH = Pattern.compile("(\\p{L}{3,})if(?:y|ies|ied|ying)");
    private static final Pattern FRENCH = Pattern.compile("(\\p{L}{3,})ifi(?:er|e|es|ent|ez|ons|ant|ee|ees)");
    private static final Pattern SPANISH =
            Pattern.compile("(\\p{L}{3,})ific(?:ar|a|an|as|o|amos|ando|ado|ada|ados|adas|aron|ara|aran)");
    private static final Pattern RUSSIAN = Pattern.compile("(\\p{L}{3,})ифицир\\p{L}*");
    private static final Pattern ENGLISH_COMPOUND = Pattern.compile("(\\p{L}{3,})-(\\p{L}{3,}ing)");

    private Nominalizations() {}

    static @Nullable String english(String w) {
        return noun(ENGLISH, w, "ification");
    }

    static @Nullable String french(String w) {
        return noun(FRENCH, w, "ification");
    }

    static @Nullable String spanish(String w) {
        return noun(SPANISH, w, "ificacion");
    }

    static @Nullable String russian(String w) {
        return noun(RUSSIAN, w, "ификация");
    }

    /**
     * An English compound of a noun and a verbal noun ("capacity-building", "decision-making") and the verb phrase
     * that running text often uses for it ("building capacity", "making decisions"); other terms alone.
     */
    static List<String> englishCompound(String term) {
        Matcher m = ENGLISH_COMPOUND.matcher(term);
        return m.matches() ? List.of(term, m.group(2) + " " + m.group(1)) : List.of(term);
    }

    private static @Nullable String noun(Pattern verb, String w, String suffix) {
        Matcher m = verb.matcher(w);
        return m.matches() ? m.group(1) + suffix : null;
    }
}
