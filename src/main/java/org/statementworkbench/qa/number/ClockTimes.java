package org.statementworkbench.qa.number;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * Times of day, as the 24-hour value hour.minutes: "3 p.m." = "15 heures" = "15.00 horas" = "15 ч. 00 м." =
 * "下午3时" = "15时" = "الساعة 15:00" = 15, and "3.30 p.m." = "15 h 30" = 15.30. Hand-written patterns: ICU's
 * date-time parser reads one pattern at a time, not the forms UN texts use inside sentences.
 */
final class ClockTimes {

    private static final String H = "(\\d{1,2})";
    private static final String M = "([0-5]\\d)";
    private static final String BEFORE = "(?<![\\d.,:])";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String HAN = "[〇零一二两三四五六七八九十]";

    /**
     * A pattern with the groups: 1 the part of the day (may match empty), 2 the hour, 3 the minutes (may be absent),
     * 4 "half past" (Chinese 半). Without a gate it is tried where a run of digits starts (most texts have few);
     * with one, it is searched for in texts that contain one of the gate's characters or the gate itself.
     */
    private record Form(Pattern pattern, @Nullable String gate) {

        boolean open(String text) {
            if (gate == null) {
                return true;
            }
            if (gate.length() > 2) {
                return text.contains(gate);
            }
            for (int i = 0; i < gate.length(); i++) {
                if (text.indexOf(gate.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Form form(String part, String rest) {
        return new Form(Pattern.compile("(?u)" + part + rest), null);
    }

    private static Form form(String part, String rest, String gate) {
        return new Form(Pattern.compile("(?u)" + part + rest), gate);
    }

    private static final Form COLON = form("()", BEFORE + H + ":" + M + "()" + END);

    private final List<Form> forms;

    /** The letters a time word after the digits starts with ("p.m.", "heures", "horas", "ч."): others are skipped. */
    private final String hints;

    ClockTimes(UnLanguage language) {
        this.hints = switch (language) {
            case EN -> "apnm";
            case FR -> "h";
            case ES -> "hd";
            case RU -> "ч";
            case AR, ZH -> "";
        };
        this.forms = switch (language) {
            case EN ->
                List.of(
                        form(
                                BEFORE + "(?=\\d)()",
                                H + "(?:[.:]" + M + ")?()\\s?" + "(?=a\\.m|p\\.m|am\\b|pm\\b|noon|midnight)"),
                        COLON);
            case FR -> List.of(form("()", BEFORE + H + "\\s?(?:h|heures?)(?:\\s?" + M + ")?()" + END), COLON);
            case ES ->
                List.of(
                        form("()", BEFORE + H + "(?:[.:]" + M + ")?()\\s(?:horas|h)" + END),
                        form("()", BEFORE + H + "(?:[.:]" + M + ")?()\\s?(?=de la (?:tarde|noche|mañana))"),
                        COLON);
            case RU ->
                List.of(
                        form("()", BEFORE + H + "\\s?ч\\.?(?:\\s?" + M + "\\s?(?:мин|м)\\.?)?()" + END),
                        form("()", BEFORE + H + "(?:[.:]" + M + ")?()\\sчас(?:а|ов)?" + END),
                        COLON);
            case AR -> List.of(form("()", "الساعة\\s?" + H + "(?:[.:]" + M + ")?()", "الساعة"), COLON);
            case ZH ->
                List.of(
                        form(
                                "(上午|下午|晚上|中午|凌晨|早上)?",
                                "(\\d{1,2}|" + HAN + "{1,3})" + "(?:时|点(?!(?:" + HAN + "|\\d)++(?!分)))(?:(\\d{1,2}|"
                                        + HAN + "{1,3})分|(半))?",
                                "时点"),
                        COLON);
        };
    }

    void read(Claims claims) {
        String t = claims.text().text();
        int[] digitStarts = claims.digitStarts();
        for (Form form : forms) {
            if (form.gate() == null) {
                Matcher m = null;
                for (int start : digitStarts) {
                    if (!candidate(t, start)) {
                        continue;
                    }
                    if (m == null) {
                        m = form.pattern().matcher(t).useTransparentBounds(true);
                    }
                    m.region(start, t.length());
                    if (m.lookingAt()) {
                        time(claims, t, m);
                    }
                }
            } else if (form.open(t)) {
                Matcher m = form.pattern().matcher(t);
                while (m.find()) {
                    time(claims, t, m);
                }
            }
        }
    }

    /** Whether a time may start here: a colon after the digits, or a hint letter after the minutes and a space. */
    private boolean candidate(String t, int start) {
        int p = start;
        while (p < t.length() && DigitNumbers.isDigit(t.charAt(p))) {
            p++;
        }
        if (p < t.length() && t.charAt(p) == ':') {
            return true;
        }
        if (p + 2 < t.length()
                && t.charAt(p) == '.'
                && DigitNumbers.isDigit(t.charAt(p + 1))
                && DigitNumbers.isDigit(t.charAt(p + 2))) {
            p += 3;
        }
        if (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == NormalizedText.HARD_SPACE)) {
            p++;
        }
        return p < t.length() && hints.indexOf(Character.toLowerCase(t.charAt(p))) >= 0;
    }

    private static void time(Claims claims, String t, Matcher m) {
        int end = m.end();
        String part = m.group(1) == null ? "" : m.group(1);
        boolean hanHour = !Character.isDigit(m.group(2).charAt(0));
        if (hanHour && part.isEmpty() && m.group(3) == null && m.group(4) == null) {
            return; // 一时, 这一点: "for a while", "this point"
        }
        if (part.isEmpty()) {
            int[] after = partOfDay(t, end);
            part = t.substring(end, after[0]);
            end = after[1] > 0 ? after[1] : end;
        }
        if (!claims.free(m.start(), end)) {
            return;
        }
        BigDecimal hour = number(m.group(2));
        BigDecimal minutes = m.group(4) != null && !m.group(4).isEmpty()
                ? BigDecimal.valueOf(30)
                : m.group(3) == null ? BigDecimal.ZERO : number(m.group(3));
        BigDecimal value = hour == null || minutes == null ? null : value(hour.intValue(), minutes.intValue(), part);
        if (value != null) {
            claims.add(MentionKind.TIME, value, null, m.start(), end, false);
        }
    }

    private static final Pattern PART =
            Pattern.compile("(?u)\\s?(a\\.m\\.?|p\\.m\\.?|am|pm|noon|midnight|de la (?:tarde|noche|mañana)|"
                    + "بعد الظهر|مساء|ظهرا|صباحا)(?![\\p{L}\\p{N}])");

    /** A part of the day after the time ("p.m.", "de la tarde", "مساء"): {end of the words, end with space}. */
    private static int[] partOfDay(String t, int at) {
        Matcher m = PART.matcher(t).region(at, t.length());
        m.useTransparentBounds(true);
        if (m.lookingAt()) {
            return new int[] {m.end(), m.end()};
        }
        return new int[] {at, 0};
    }

    private static @Nullable BigDecimal number(String s) {
        return Character.isDigit(s.charAt(0)) ? new BigDecimal(s) : ChineseNumbers.value(s);
    }

    /** hour.minutes on the 24-hour clock; null if it is not a time of day. */
    private static @Nullable BigDecimal value(int hour, int minutes, String part) {
        if (hour > 24 || minutes > 59) {
            return null;
        }
        String p = part.strip();
        if (!p.isEmpty()) {
            boolean afternoon = p.startsWith("p")
                    || p.endsWith("tarde")
                    || p.endsWith("noche")
                    || p.equals("下午")
                    || p.equals("晚上")
                    || p.equals("بعد الظهر")
                    || p.equals("مساء");
            boolean morning = p.startsWith("a") || p.equals("midnight") || p.equals("凌晨");
            if (hour > 12) {
                return afternoon || morning ? null : BigDecimal.valueOf(hour).add(BigDecimal.valueOf(minutes, 2));
            }
            if (afternoon && hour < 12) {
                hour += 12;
            } else if (morning && hour == 12) {
                hour = 0;
            }
        }
        return BigDecimal.valueOf(hour).add(BigDecimal.valueOf(minutes, 2));
    }
}
