package org.statementworkbench.qa.number;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * What follows a number in one language and changes what it means: scale words ("12.8 million", "100 млрд.",
 * "100 بليون"), per cent ("50 pour cent", "50 في المائة") and ordinal endings ("53rd", "53e", "53.º", "53-й"), and
 * which separators the language uses. A singular scale word alone is one of it ("per million", "لكل مليون").
 * Written out by hand: ICU's spell-out rules have the full scale words but not the abbreviations UN texts use (млн,
 * млрд, тыс.), nor the Arabic plurals (ملايين, بلايين), nor per cent.
 */
final class Lexicon {

    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final String GAP = "[ \\u00A0]?";

    private final Map<String, BigDecimal> scales = new HashMap<>();
    private final Set<String> bare;
    private final Pattern scale;
    private final Pattern percent;
    private final Pattern ordinal;
    private final String scaleFirst;
    private final String percentFirst;
    private final String groupSeparators;
    private final String decimalSeparators;
    private final boolean prefersGroupingComma;

    /**
     * @param scales scale words with the power of ten they stand for, e.g. {@code "million=6 millions=6"}
     * @param bare the scale words that alone mean one of the scale
     */
    private Lexicon(
            String scales, String bare, String percent, String ordinal, String separators, boolean groupingComma) {
        for (String entry : scales.isBlank() ? new String[0] : scales.split(" ")) {
            String[] wordPower = entry.split("=");
            this.scales.put(wordPower[0].replace('_', ' '), BigDecimal.TEN.pow(Integer.parseInt(wordPower[1])));
        }
        this.bare = bare.isBlank() ? Set.of() : Set.of(bare.split(" "));
        String words = String.join(
                "|",
                this.scales.keySet().stream()
                        .sorted((a, b) -> b.length() - a.length())
                        .map(Pattern::quote)
                        .toList());
        this.scale = Pattern.compile(words.isEmpty() ? "(?!)()" : "(?iu)" + GAP + "(" + words + ")" + AFTER + "\\.?");
        this.scaleFirst = firstLetters(String.join("|", this.scales.keySet()));
        this.percentFirst = "%" + firstLetters(percent);
        this.percent = Pattern.compile("(?iu)" + GAP + "(?:%|" + percent + ")(?![\\p{L}])");
        this.ordinal = Pattern.compile("(?u)(?:" + ordinal + ")" + AFTER);
        String[] groupAndDecimal = separators.split(" ");
        this.groupSeparators = groupAndDecimal[0];
        this.decimalSeparators = groupAndDecimal[1];
        this.prefersGroupingComma = groupingComma;
    }

    static Lexicon of(UnLanguage language) {
        return switch (language) {
            case EN ->
                new Lexicon(
                        "thousand=3 million=6 millions=6 billion=9 billions=9 bn=9 trillion=12",
                        "million billion trillion",
                        "per cent|percent",
                        "st|nd|rd|th",
                        ", .",
                        true);
            case FR ->
                new Lexicon(
                        "mille=3 million=6 millions=6 milliard=9 milliards=9 billion=12 billions=12",
                        "million milliard",
                        "pour cent|p\\. ?100",
                        "e|er|re|ère|ème|eme|es|ers|res|èmes",
                        ". ,",
                        false);
            case ES ->
                new Lexicon(
                        "mil=3 mil_millones=9 millón=6 millones=6 millardo=9 millardos=9 billón=12 billones=12",
                        "millón millardo billón",
                        "por ciento|por cien",
                        "\\.?[ºª°]|\\.?er|\\.?os?|\\.?as?",
                        ". ,",
                        false);
            case RU ->
                new Lexicon(
                        "тыс=3 тысяча=3 тысячи=3 тысяч=3 млн=6 миллион=6 миллиона=6 миллионов=6 млрд=9 миллиард=9"
                                + " миллиарда=9 миллиардов=9 трлн=12 триллион=12 триллиона=12 триллионов=12",
                        "миллион миллиард тысяча",
                        "процент\\p{L}*|проц\\.",
                        "-?(?:й|я|е|го|му|м|х|ю|ми|ой|ый|ий|ая|ое|ые|ых)",
                        ". ,",
                        false);
            case AR ->
                new Lexicon(
                        "الف=3 الاف=3 مليون=6 ملايين=6 بليون=9 بلايين=9 مليار=9 مليارات=9 تريليون=12",
                        "مليون بليون مليار",
                        "في المائة|في المئة|بالمائة|بالمئة",
                        "(?!)",
                        ",.\u066C ,.\u066B",
                        true);
            case ZH -> new Lexicon("", "", "(?!)", "(?!)", ", .", true);
        };
    }

    /** The lower-case first letters of the alternatives of a pattern such as {@code "per cent|percent"}. */
    private static String firstLetters(String alternatives) {
        var letters = new StringBuilder();
        for (String a : alternatives.split("\\|")) {
            if (!a.isEmpty() && Character.isLetter(a.charAt(0))) {
                letters.append(Character.toLowerCase(a.charAt(0)));
            }
        }
        return letters.toString();
    }

    /** Whether the word at {@code at}, after one space, may start with one of the letters: a cheap test first. */
    private static boolean next(String text, int at, String letters) {
        int i = at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == NormalizedText.HARD_SPACE)
                ? at + 1
                : at;
        return i < text.length() && letters.indexOf(Character.toLowerCase(text.charAt(i))) >= 0;
    }

    /** The multiplier of a scale word that starts at {@code at}, with the end of the word; null if none. */
    @Nullable
    Found scaleAt(String text, int at) {
        if (!next(text, at, scaleFirst)) {
            return null;
        }
        Matcher m = lookingAt(scale, text, at);
        if (m == null) {
            return null;
        }
        BigDecimal factor = scales.get(m.group(1).toLowerCase(Locale.ROOT));
        return factor == null ? null : new Found(m.end(), factor);
    }

    /** The scale words that alone mean one of the scale ("million" in "per million"). */
    Set<String> bareScales() {
        return bare;
    }

    /** The end of a per cent sign or phrase that starts at {@code at}, or -1. */
    int percentAt(String text, int at) {
        if (!next(text, at, percentFirst)) {
            return -1;
        }
        Matcher m = lookingAt(percent, text, at);
        return m == null ? -1 : m.end();
    }

    /** The end of an ordinal ending that starts at {@code at}, or -1. */
    int ordinalAt(String text, int at) {
        if (at >= text.length() || !(Character.isLetter(text.charAt(at)) || "-.ºª°".indexOf(text.charAt(at)) >= 0)) {
            return -1;
        }
        Matcher m = lookingAt(ordinal, text, at);
        return m == null ? -1 : m.end();
    }

    boolean groups(char c) {
        return groupSeparators.indexOf(c) >= 0;
    }

    boolean decimal(char c) {
        return decimalSeparators.indexOf(c) >= 0;
    }

    /** Where a separator can be both, whether the comma (rather than the full stop) is the one that groups. */
    boolean prefersGroupingComma() {
        return prefersGroupingComma;
    }

    private static @Nullable Matcher lookingAt(Pattern pattern, String text, int at) {
        if (at >= text.length()) {
            return null;
        }
        Matcher m = pattern.matcher(text).region(at, text.length());
        m.useTransparentBounds(true);
        return m.lookingAt() ? m : null;
    }

    /** A word read after a number: where it ends and the factor it applies. */
    record Found(int end, BigDecimal factor) {}
}
