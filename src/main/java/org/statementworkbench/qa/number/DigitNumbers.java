package org.statementworkbench.qa.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * Numbers written with digits, read by the separators of the language: "1,000.5", "1 000,5", "1.000,5", with the
 * no-break and narrow no-break spaces. Where Arabic is ambiguous ("100,000" and "0,7" in the same texts; "1.250")
 * the number gets the other reading as its alternative; Arabic typed right to left ("000 100" for 100 000) is read
 * back in order. A scale word multiplies ("12.8 million", "1 280多万"), per cent and ordinal endings set the kind,
 * "2013/14" reads as 2013 and 2014, and a dotted reference such as "1.2.3" is three numbers. Hand-written: ICU's
 * number parser reads one locale's separators strictly and cannot say that a text is ambiguous.
 */
final class DigitNumbers {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.TEN.pow(4);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.TEN.pow(8);

    private final UnLanguage language;
    private final Lexicon lexicon;

    DigitNumbers(UnLanguage language, Lexicon lexicon) {
        this.language = language;
        this.lexicon = lexicon;
    }

    /** A run of digits with its separators: groups[i] is the digit run after seps[i - 1]. */
    private record Run(List<int[]> groups, List<Character> seps) {}

    void read(Claims claims) {
        String t = claims.text().text();
        int i = 0;
        while (i < t.length()) {
            if (isDigit(t.charAt(i)) && (i == 0 || !isDigit(t.charAt(i - 1))) && claims.free(i, i + 1)) {
                i = number(claims, t, i);
            } else {
                i++;
            }
        }
    }

    private int number(Claims claims, String t, int start) {
        if (language == UnLanguage.AR && t.charAt(start) == '0') {
            int end = rightToLeftGroups(claims, t, start);
            if (end > start) {
                return end;
            }
        }
        Run run = scan(t, start);
        int end = run.groups().getLast()[1];
        if (!claims.free(start, end)) {
            return start + 1;
        }
        boolean dotted = run.seps().size() > 1 && run.seps().stream().allMatch(c -> c == '.') && !groupedAfter(run, 0);
        if (dotted) {
            for (int[] g : run.groups()) {
                claims.add(MentionKind.NUMBER, new BigDecimal(t.substring(g[0], g[1])), null, g[0], g[1], false);
            }
            return end;
        }
        Reading reading = interpret(t, run);
        end = reading.end();
        BigDecimal value = reading.value();
        BigDecimal alternative = reading.alternative();
        MentionKind kind = MentionKind.NUMBER;
        int ordinalEnd = lexicon.ordinalAt(t, end);
        if (ordinalEnd > 0) {
            kind = MentionKind.ORDINAL;
            end = ordinalEnd;
        }
        BigDecimal factor = BigDecimal.ONE;
        int scaled = end;
        for (Lexicon.Found s = lexicon.scaleAt(t, scaled); s != null; s = lexicon.scaleAt(t, scaled)) {
            factor = factor.multiply(s.factor());
            scaled = s.end();
        }
        if (language == UnLanguage.ZH) {
            scaled = chineseScale(t, scaled);
            factor = factor.multiply(chineseFactor(t, end, scaled));
        }
        if (scaled > end) {
            value = value.multiply(factor);
            alternative = alternative == null ? null : alternative.multiply(factor);
            end = scaled;
        }
        int percentEnd = lexicon.percentAt(t, end);
        if (percentEnd > 0) {
            kind = MentionKind.PERCENT;
            end = percentEnd;
        }
        if (language == UnLanguage.ZH && end < t.length() && t.charAt(end) == '月' && month(value)) {
            kind = MentionKind.MONTH;
        }
        claims.add(kind, value, alternative, start, end, loneOne(t, start, end, value));
        return yearRange(claims, t, start, end, value);
    }

    private record Reading(BigDecimal value, @Nullable BigDecimal alternative, int end) {}

    private Reading interpret(String t, Run run) {
        List<int[]> groups = run.groups();
        List<Character> seps = run.seps();
        int firstLength = groups.getFirst()[1] - groups.getFirst()[0];
        boolean zeroFirst = t.charAt(groups.getFirst()[0]) == '0' && firstLength == 1;
        // The number ends at the first separator that cannot belong to it.
        int used = 0;
        StringBuilder digits = new StringBuilder(t.substring(groups.getFirst()[0], groups.getFirst()[1]));
        for (int k = 0; k < seps.size(); k++) {
            char sep = seps.get(k);
            int[] g = groups.get(k + 1);
            String part = t.substring(g[0], g[1]);
            boolean last = k == seps.size() - 1;
            boolean canGroup = g[1] - g[0] == 3
                    && firstLength <= 3
                    && !zeroFirst
                    && (spaceLike(sep) || lexicon.groups(sep))
                    && (last || seps.get(k + 1) == sep || !spaceLike(seps.get(k + 1)));
            // a full stop that does not group can still be a decimal point ("2.1" in a French text)
            boolean canDecimal = last && !spaceLike(sep) && (lexicon.decimal(sep) || (sep == '.' && !canGroup));
            if (canGroup && canDecimal && !sameSeparatorBefore(seps, k)) {
                boolean comma = sep == ',';
                boolean groupFirst = comma == lexicon.prefersGroupingComma() || sep == '\u066C';
                String grouped = digits + part;
                String decimal = digits + "." + part;
                return new Reading(
                        new BigDecimal(groupFirst ? grouped : decimal),
                        new BigDecimal(groupFirst ? decimal : grouped),
                        g[1]);
            }
            if (canGroup) {
                digits.append(part);
            } else if (canDecimal) {
                digits.append('.').append(part);
            } else {
                break;
            }
            used = k + 1;
        }
        int end = groups.get(used)[1];
        return new Reading(new BigDecimal(digits.toString()), null, end);
    }

    private static boolean sameSeparatorBefore(List<Character> seps, int k) {
        return k > 0 && seps.get(k - 1) == seps.get(k);
    }

    /** Whether all groups after the first separator are of three digits (thousands). */
    private static boolean groupedAfter(Run run, int from) {
        for (int k = from + 1; k < run.groups().size(); k++) {
            int[] g = run.groups().get(k);
            if (g[1] - g[0] != 3) {
                return false;
            }
        }
        int[] first = run.groups().getFirst();
        return first[1] - first[0] <= 3;
    }

    private Run scan(String t, int start) {
        List<int[]> groups = new ArrayList<>();
        List<Character> seps = new ArrayList<>();
        int i = digitsEnd(t, start);
        groups.add(new int[] {start, i});
        while (i + 1 < t.length() && separator(t.charAt(i)) && isDigit(t.charAt(i + 1))) {
            int end = digitsEnd(t, i + 1);
            if (spaceLike(t.charAt(i)) && end - i - 1 != 3) {
                break;
            }
            seps.add(t.charAt(i));
            groups.add(new int[] {i + 1, end});
            i = end;
        }
        return new Run(groups, seps);
    }

    private static final Pattern RIGHT_TO_LEFT =
            Pattern.compile("\\d{3}(?:[ \\u00A0]\\d{3})*[ \\u00A0]\\d{1,3}(?!\\d)");

    /**
     * Arabic typed right to left keeps the groups of a number in reverse order: "000 100" is 100 000, "000 1" is
     * 1 000 (a group of three digits cannot begin with 0). Returns the end of the number, or {@code start} if there
     * is none such.
     */
    private static int rightToLeftGroups(Claims claims, String t, int start) {
        Matcher m = RIGHT_TO_LEFT.matcher(t).region(start, t.length());
        if (!m.lookingAt() || !claims.free(start, m.end())) {
            return start;
        }
        List<String> groups = new ArrayList<>(List.of(m.group().split("[ \\u00A0]")));
        Collections.reverse(groups);
        claims.add(MentionKind.NUMBER, new BigDecimal(String.join("", groups)), null, start, m.end(), false);
        return m.end();
    }

    /** After a four-digit year, "/14" or "-14" is the next year written short: 2013/14 is 2013 and 2014. */
    private static int yearRange(Claims claims, String t, int start, int end, BigDecimal year) {
        int length = end - start;
        if (length != 4 || end + 3 > t.length() || "/-–".indexOf(t.charAt(end)) < 0) {
            return end;
        }
        int shortEnd = end + 3;
        if (!isDigit(t.charAt(end + 1))
                || !isDigit(t.charAt(end + 2))
                || (shortEnd < t.length() && isDigit(t.charAt(shortEnd)))) {
            return end;
        }
        int y = year.intValue();
        int next = y / 100 * 100 + Integer.parseInt(t.substring(end + 1, shortEnd));
        if (y < 1800 || y > 2199 || next <= y) {
            return end;
        }
        claims.add(MentionKind.NUMBER, BigDecimal.valueOf(next), null, end + 1, shortEnd, false);
        return shortEnd;
    }

    /** Chinese: 多 or 余 ("more than") and the scale characters after digits, "1 280多万" ends after 万. */
    private static int chineseScale(String t, int at) {
        int i = at;
        if (i < t.length() && (t.charAt(i) == '多' || t.charAt(i) == '余')) {
            i++;
        }
        int j = i;
        while (j < t.length() && "百千万亿".indexOf(t.charAt(j)) >= 0) {
            if (t.charAt(j) == '千' && j + 1 < t.length() && "米克瓦".indexOf(t.charAt(j + 1)) >= 0) {
                break; // 千米, 千克, 千瓦: kilometre, kilogram, kilowatt
            }
            j++;
        }
        return j > i ? j : at;
    }

    private static BigDecimal chineseFactor(String t, int from, int to) {
        BigDecimal factor = BigDecimal.ONE;
        for (int i = from; i < to; i++) {
            factor = switch (t.charAt(i)) {
                case '百' -> factor.multiply(BigDecimal.valueOf(100));
                case '千' -> factor.multiply(BigDecimal.valueOf(1000));
                case '万' -> factor.multiply(TEN_THOUSAND);
                case '亿' -> factor.multiply(HUNDRED_MILLION);
                default -> factor;
            };
        }
        return factor;
    }

    /** A digit 1 standing alone ("menores de 1 año"), not part of "70/1", "1.1" or "1-2". */
    private static boolean loneOne(String t, int start, int end, BigDecimal value) {
        return end == start + 1
                && value.equals(BigDecimal.ONE)
                && (start == 0 || " (\u00A0".indexOf(t.charAt(start - 1)) >= 0)
                && (end == t.length() || " ),;\u00A0".indexOf(t.charAt(end)) >= 0 || Character.isLetter(t.charAt(end)));
    }

    private static boolean month(BigDecimal value) {
        return value.scale() <= 0 && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(12)) <= 0;
    }

    private static int digitsEnd(String t, int i) {
        int j = i;
        while (j < t.length() && isDigit(t.charAt(j))) {
            j++;
        }
        return j;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean separator(char c) {
        return c == ',' || c == '.' || c == '\u066B' || c == '\u066C' || spaceLike(c);
    }

    private static boolean spaceLike(char c) {
        return c == ' ' || c == NormalizedText.HARD_SPACE;
    }
}
