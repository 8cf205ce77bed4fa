package org.statementworkbench.qa.number;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * List markers and Roman numerals. A letter marker "(a)", "a)" is its place in its alphabet: Latin (a) = Cyrillic
 * а) = Arabic (أ) in the abjad order UN Arabic uses for lists (أ ب ج د هـ و ز ح ط ي ...). Lower-case Roman markers
 * "(ii)" are 100 + their value, so that they pair only with each other and with the sub-items of UN Arabic ’2‘ and
 * UN Chinese (二); "(i)", "(v)", "(x)" may also be letters.
 * Upper-case Roman numerals are numbers: "Chapter VII", "XXIe siècle", "siglo XXI", "XXI век"; a single I, V or X
 * only after a word such as chapter, annex or part. Hand-written: ICU has no Roman numeral parser, and its
 * alphabetic list styles are not the UN's.
 */
final class ListMarkers {

    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
    private static final String CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя";
    private static final String ABJAD = "ابجدهوزحطيكلمنسعفصقرشتثخذضظغ";
    private static final int ROMAN_MARKER = 100;

    private static final Pattern PARENTHESIZED = Pattern.compile(
            "(?u)(?<![\\p{IsLatin}\\p{IsCyrillic}\\p{N}])\\(([a-z" + CYRILLIC + ABJAD + "]|[ivx]{2,5})\\)");
    /** Sub-items: (i) is ’1‘ in UN Arabic and (一) in UN Chinese. */
    private static final Pattern ARABIC_SUB_ITEM = Pattern.compile("'\\s?(\\d{1,2})\\s?‘|‘\\s?(\\d{1,2})\\s?'");

    private static final Pattern CHINESE_SUB_ITEM = Pattern.compile("\\(([一二三四五六七八九十]{1,3})\\)");
    private static final Pattern CLOSING =
            Pattern.compile("(?um)(?:^|(?<=[\\s;:]))([a-z" + CYRILLIC + ABJAD + "]|[ivx]{2,5})\\)(?=\\s)");
    private static final Pattern ROMAN = Pattern.compile(
            "(?u)(?<![\\p{L}\\p{N}/])([IVXL]{2,7}|[IVX])" + "(?:e|er|ème|eme|-?(?:й|я|го|е|м))?(?![\\p{L}\\p{N}/])");
    private static final Pattern CANONICAL = Pattern.compile("(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})");
    private static final Pattern KEYWORD_BEFORE = Pattern.compile("(?iu)(?:annex|annexe|anexo|chapter|chapitre|"
            + "cap[ií]tulo|part|partie|parte|section|secci[oó]n|title|titre|t[ií]tulo|phase|fase|stage|"
            + "глав[аеуыо]й?|част[ьиюей]|раздел[аеу]?|приложени[ея]|этап[аеу]?)[ \\u00A0]$");

    private ListMarkers() {}

    static void read(Claims claims) {
        String t = claims.text().text();
        for (int close = t.indexOf(')'); close >= 0; close = t.indexOf(')', close + 1)) {
            // a marker ends at a closing parenthesis: look only just before each one
            int from = Math.max(0, close - 8);
            subItems(claims, CHINESE_SUB_ITEM.matcher(t).region(from, close + 1).useTransparentBounds(true));
            markers(claims, PARENTHESIZED.matcher(t).region(from, close + 1).useTransparentBounds(true));
            markers(
                    claims,
                    CLOSING.matcher(t)
                            .region(from, close + 1)
                            .useTransparentBounds(true)
                            .useAnchoringBounds(false));
        }
        if (t.indexOf('‘') >= 0) {
            subItems(claims, ARABIC_SUB_ITEM.matcher(t));
        }
        Matcher m = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("IVXL".indexOf(c) < 0
                    || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))
                    || (i + 1 < t.length() && Character.isLowerCase(t.charAt(i + 1)) && t.charAt(i + 1) != 'e')) {
                continue; // "In", "Implement": not numerals
            }
            if (m == null) {
                m = ROMAN.matcher(t).useTransparentBounds(true);
            }
            m.region(i, t.length());
            if (!m.lookingAt()) {
                continue;
            }
            String numeral = m.group(1);
            if (!claims.free(m.start(), m.end()) || !CANONICAL.matcher(numeral).matches()) {
                continue;
            }
            if (numeral.length() == 1) {
                String before = t.substring(Math.max(0, m.start() - 14), m.start());
                if (!KEYWORD_BEFORE.matcher(before).find()) {
                    continue;
                }
            }
            claims.add(MentionKind.NUMBER, BigDecimal.valueOf(roman(numeral)), null, m.start(), m.end(), false);
        }
    }

    private static void subItems(Claims claims, Matcher m) {
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            BigDecimal value = Character.isDigit(n.charAt(0)) ? new BigDecimal(n) : ChineseNumbers.value(n);
            if (value != null && claims.free(m.start(), m.end())) {
                claims.add(
                        MentionKind.MARKER,
                        value.add(BigDecimal.valueOf(ROMAN_MARKER)),
                        null,
                        m.start(),
                        m.end(),
                        false);
            }
        }
    }

    private static void markers(Claims claims, Matcher m) {
        while (m.find()) {
            if (!claims.free(m.start(), m.end())) {
                continue;
            }
            String mark = m.group(1);
            @Nullable BigDecimal value = letter(mark);
            @Nullable BigDecimal alternative = null;
            if (mark.chars().allMatch(c -> "ivx".indexOf(c) >= 0)) {
                BigDecimal romanValue = BigDecimal.valueOf(ROMAN_MARKER + roman(mark.toUpperCase(Locale.ROOT)));
                alternative = value;
                value = romanValue;
            }
            if (value != null) {
                claims.add(MentionKind.MARKER, value, alternative, m.start(), m.end(), false);
            }
        }
    }

    private static @Nullable BigDecimal letter(String mark) {
        if (mark.length() != 1) {
            return null;
        }
        char c = mark.charAt(0);
        for (String alphabet : new String[] {LATIN, CYRILLIC, ABJAD}) {
            int i = alphabet.indexOf(c);
            if (i >= 0) {
                return BigDecimal.valueOf(i + 1);
            }
        }
        return null;
    }

    static int roman(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = digit(numeral.charAt(i));
            int next = i + 1 < numeral.length() ? digit(numeral.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            default -> 0;
        };
    }
}
