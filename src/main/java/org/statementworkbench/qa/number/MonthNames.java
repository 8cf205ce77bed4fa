package org.statementworkbench.qa.number;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statementworkbench.base.UnLanguage;

/**
 * Month names as the month's number, so that "16 May 2022" = "16 mai 2022" = "16 de mayo de 2022" = "16 мая 2022
 * года" = "16 أيار/مايو 2022" (and 2022年5月16日, read by the Chinese readers). Hand-written: ICU's month names are
 * the nominative forms only, and UN Arabic writes the Levantine and the Western name together (أيار/مايو).
 * Names that are also common words need a number beside them or, in English, a preposition before them: "May"
 * (the verb), Arabic "مارس" (he practised); a Levantine name alone (آب, father) is not read.
 */
final class MonthNames {

    private static final String END = "(?![\\p{L}])";

    private static final List<String> ARABIC_WESTERN = List.of(
            "يناير",
            "فبراير",
            "مارس",
            "ابريل|نيسان",
            "مايو",
            "يونيه|يونيو",
            "يوليه|يوليو",
            "اغسطس",
            "سبتمبر",
            "اكتوبر",
            "نوفمبر",
            "ديسمبر");
    private static final String ARABIC_LEVANTINE =
            "(?:كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني|كانون الاول)\\s?/\\s?";

    private final Pattern names;
    private final BitSet firstLetters;
    private final List<Pattern> months;
    private final Pattern needsNumber;

    private MonthNames(List<String> months, String needsNumber) {
        this.months =
                months.stream().map(m -> Pattern.compile("(?iu)(?:" + m + ")")).toList();
        this.names = Pattern.compile("(?u)(?:" + String.join("|", months) + ")" + END);
        this.firstLetters = firstLetters(names);
        this.needsNumber = Pattern.compile("(?u)" + needsNumber);
    }

    static MonthNames of(UnLanguage language) {
        return switch (language) {
            case EN ->
                new MonthNames(
                        List.of(
                                "January",
                                "February",
                                "March",
                                "April",
                                "May",
                                "June",
                                "July",
                                "August",
                                "September",
                                "October",
                                "November",
                                "December"),
                        "May");
            case FR ->
                new MonthNames(
                        List.of(
                                "[Jj]anvier",
                                "[Ff][ée]vrier",
                                "mars",
                                "[Aa]vril",
                                "[Mm]ai",
                                "[Jj]uin",
                                "[Jj]uillet",
                                "[Aa]o[uû]t",
                                "[Ss]eptembre",
                                "[Oo]ctobre",
                                "[Nn]ovembre",
                                "[Dd][ée]cembre"),
                        "(?!)");
            case ES ->
                new MonthNames(
                        List.of(
                                "[Ee]nero",
                                "[Ff]ebrero",
                                "[Mm]arzo",
                                "[Aa]bril",
                                "[Mm]ayo",
                                "[Jj]unio",
                                "[Jj]ulio",
                                "[Aa]gosto",
                                "[Ss]ep?tiembre",
                                "[Oo]ctubre",
                                "[Nn]oviembre",
                                "[Dd]iciembre"),
                        "(?!)");
            case RU ->
                new MonthNames(
                        List.of(
                                "[Яя]нвар[ьяеюё]",
                                "[Фф]еврал[ьяею]",
                                "[Мм]арт[аеу]?",
                                "[Аа]прел[ьяею]",
                                "[Мм]а[йяею]",
                                "[Ии]юн[ьяею]",
                                "[Ии]юл[ьяею]",
                                "[Аа]вгуст[аеу]?",
                                "[Сс]ентябр[ьяею]",
                                "[Оо]ктябр[ьяею]",
                                "[Нн]оябр[ьяею]",
                                "[Дд]екабр[ьяею]"),
                        "[Мм]арт[аеу]?|[Мм]а[ею]");
            case AR ->
                new MonthNames(
                        ARABIC_WESTERN.stream()
                                .map(w -> "(?:" + ARABIC_LEVANTINE + ")?(?:" + w + ")")
                                .toList(),
                        "مارس|نيسان");
            case ZH -> new MonthNames(List.of("(?!)"), "(?!)");
        };
    }

    private static final Pattern NUMBER_BEFORE = Pattern.compile("\\d[ \\u00A0]?(?:de )?$");
    private static final Pattern NUMBER_AFTER = Pattern.compile("^,?[ \\u00A0]?(?:de )?\\d");
    private static final Pattern PREPOSITION_BEFORE =
            Pattern.compile("(?:[Ii]n|[Oo]f|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|mid-?|[Bb]efore|[Aa]fter|"
                    + "[Dd]uring|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat) $");

    void read(Claims claims) {
        String t = claims.text().text();
        Matcher m = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (i + 1 >= t.length()
                    || !firstLetters.get(pair(c, t.charAt(i + 1)))
                    || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))) {
                continue;
            }
            if (m == null) {
                m = names.matcher(t).useTransparentBounds(true);
            }
            m.region(i, t.length());
            if (!m.lookingAt() || !claims.free(m.start(), m.end())) {
                continue;
            }
            String name = m.group();
            String bare =
                    name.contains("/") ? name.substring(name.indexOf('/') + 1).strip() : name;
            if (needsNumber.matcher(bare).matches() && !name.contains("/") && !numberBeside(t, m.start(), m.end())) {
                continue;
            }
            int month = month(name);
            if (month > 0) {
                claims.add(MentionKind.MONTH, BigDecimal.valueOf(month), null, m.start(), m.end(), false);
            }
        }
    }

    /** The letters a month name can start with: those after which the pattern asks for more text. */
    private static final int[][] LETTERS = {{'A', 0x24F}, {0x400, 0x4FF}, {0x600, 0x6FF}};

    /** The pairs of letters a month name can start with: those after which the pattern asks for more text. */
    private static BitSet firstLetters(Pattern names) {
        BitSet first = new BitSet();
        for (int[] range : LETTERS) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (opens(names, String.valueOf((char) c))) {
                    first.set(c);
                }
            }
        }
        BitSet pairs = new BitSet(0x10000);
        for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
            for (int[] range : LETTERS) {
                for (int d = range[0]; d <= range[1]; d++) {
                    if (opens(names, String.valueOf((char) c) + (char) d)) {
                        pairs.set(pair(c, d));
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean opens(Pattern names, String start) {
        Matcher m = names.matcher(start);
        return m.lookingAt() || m.hitEnd();
    }

    private static int pair(int first, int second) {
        return (first * 31 + second) & 0xFFFF;
    }

    private boolean numberBeside(String t, int start, int end) {
        String before = t.substring(Math.max(0, start - 12), start);
        String after = t.substring(end, Math.min(t.length(), end + 6));
        return NUMBER_BEFORE.matcher(before).find()
                || NUMBER_AFTER.matcher(after).find()
                || PREPOSITION_BEFORE.matcher(before).find();
    }

    private int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = months.size() - 1; i >= 0; i--) {
            Matcher m = months.get(i).matcher(lower);
            if (m.matches()) {
                return i + 1;
            }
        }
        return 0;
    }
}
