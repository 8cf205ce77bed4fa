package org.statementworkbench.qa.number;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers in Chinese numerals: 五十三, 第七十届 (ordinal), 百分之五十 (per cent), 十二点八 (12.8), 一千二百八十万,
 * 二〇三〇年, 五月 (the month). The numbers below 10,000 come from a table generated from ICU's Chinese spell-out
 * rules (both the 二 and the 两 rule sets); 万 and 亿 combine them, which is hand-written, as is the decimal 点.
 * A run of numerals that starts with a scale character (千年, 万物, 百姓) or follows 数, 几 or 若 ("several") is not a
 * number, except scale characters after 每 (每百万, per million). Digits with 万 or 亿 after them ("1 280多万") are read by {@link DigitNumbers}.
 */
final class ChineseNumbers {

    private static final Pattern RUN = Pattern.compile("[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二两三四五六七八九]+[万亿]*)?");
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Map<String, Integer> BELOW_TEN_THOUSAND = table();

    private ChineseNumbers() {}

    private static Map<String, Integer> table() {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT);
        Map<String, Integer> table = new HashMap<>(24_000);
        for (String set : new String[] {"%spellout-cardinal", "%spellout-cardinal-alternate2"}) {
            for (int n = 0; n < 10_000; n++) {
                table.putIfAbsent(format.format(n, set), n);
            }
        }
        return table;
    }

    static void read(Claims claims) {
        String t = claims.text().text();
        Matcher m = RUN.matcher(t);
        while (m.find()) {
            int start = m.start();
            while (start < m.end() && "百千万亿".indexOf(t.charAt(start)) >= 0) {
                start++;
            }
            if (start == m.end()
                    && m.start() > 0
                    && t.charAt(m.start() - 1) == '每'
                    && claims.free(m.start(), m.end())) {
                // 每百万, 每万: per million, per ten thousand
                BigDecimal per = BigDecimal.ONE;
                for (int i = m.start(); i < m.end(); i++) {
                    per = per.multiply(scale(t.charAt(i)));
                }
                claims.add(MentionKind.NUMBER, per, null, m.start(), m.end(), false);
                continue;
            }
            if (start == m.end()
                    || !claims.free(start, m.end())
                    || (start > 0 && "数几若".indexOf(t.charAt(start - 1)) >= 0)) {
                continue;
            }
            BigDecimal value = value(t.substring(start, m.end()));
            if (value == null) {
                continue;
            }
            MentionKind kind = MentionKind.NUMBER;
            int from = start;
            int end = m.end();
            if (from >= 3 && t.startsWith("百分之", from - 3)) {
                kind = MentionKind.PERCENT;
                from -= 3;
            } else if (from >= 1 && t.charAt(from - 1) == '第') {
                kind = MentionKind.ORDINAL;
                from -= 1;
            } else if (end < t.length()
                    && t.charAt(end) == '月'
                    && value.scale() <= 0
                    && value.intValue() >= 1
                    && value.intValue() <= 12) {
                kind = MentionKind.MONTH;
            }
            claims.add(kind, value, null, from, end, kind != MentionKind.MONTH && Mention.small(value));
        }
    }

    private static BigDecimal scale(char c) {
        return switch (c) {
            case '百' -> BigDecimal.valueOf(100);
            case '千' -> BigDecimal.valueOf(1000);
            case '万' -> BigDecimal.TEN.pow(4);
            default -> BigDecimal.TEN.pow(8);
        };
    }

    /** The value of a run of Chinese numerals, with 万, 亿 and 点; null if it is not a well-formed number. */
    static @Nullable BigDecimal value(String numerals) {
        int point = numerals.indexOf('点');
        if (point < 0) {
            return integer(numerals);
        }
        int scaleAt = point + 1;
        while (scaleAt < numerals.length() && "万亿".indexOf(numerals.charAt(scaleAt)) < 0) {
            scaleAt++;
        }
        BigDecimal whole = integer(numerals.substring(0, point));
        String fraction = digitByDigit(numerals.substring(point + 1, scaleAt));
        if (whole == null || fraction == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(whole.toPlainString() + "." + fraction);
        for (int i = scaleAt; i < numerals.length(); i++) {
            value = value.multiply(numerals.charAt(i) == '万' ? BigDecimal.TEN.pow(4) : BigDecimal.TEN.pow(8));
        }
        return value;
    }

    private static @Nullable BigDecimal integer(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int yi = s.lastIndexOf('亿');
        if (yi >= 0) {
            return combine(s.substring(0, yi), s.substring(yi + 1), BigDecimal.TEN.pow(8));
        }
        int wan = s.lastIndexOf('万');
        if (wan >= 0) {
            return combine(s.substring(0, wan), s.substring(wan + 1), BigDecimal.TEN.pow(4));
        }
        Integer small = BELOW_TEN_THOUSAND.get(s.replace('〇', '零'));
        if (small == null && s.startsWith("零")) {
            small = BELOW_TEN_THOUSAND.get(s.substring(1));
        }
        if (small != null) {
            return BigDecimal.valueOf(small);
        }
        String digits = s.length() > 1 ? digitByDigit(s) : null; // 二〇三〇 is the year 2030
        return digits == null ? null : new BigDecimal(digits);
    }

    private static @Nullable BigDecimal combine(String high, String low, BigDecimal unit) {
        BigDecimal h = integer(high);
        if (h == null) {
            return null;
        }
        BigDecimal l = low.isEmpty() ? BigDecimal.ZERO : integer(low);
        return l == null ? null : h.multiply(unit).add(l);
    }

    private static @Nullable String digitByDigit(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i) == '零' ? '〇' : s.charAt(i) == '两' ? '二' : s.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d < 0) {
                return null;
            }
            out.append((char) ('0' + d));
        }
        return out.isEmpty() ? null : out.toString();
    }
}
