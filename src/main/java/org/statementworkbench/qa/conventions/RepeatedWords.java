package org.statementworkbench.qa.conventions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;

/**
 * {@code text.repeated-word} (see {@link TextCheck}): the same word twice in a row, compared without case, unless the
 * grammar wants it (French {@code nous nous}, {@code vous vous}; English {@code had had}, {@code that that}), it is an
 * initial ({@code A A}), or, in Arabic, a letter of a Latin acronym spelt out ({@code سي إن إن} for CNN,
 * {@code آر آر تي-بي سي آر} for rRT-PCR). A word touching a digit ("G20") is no word here. Chinese, which has no spaces
 * and doubles words on purpose (常常, 人人, 研究研究), is checked for a run of three to twelve Chinese characters
 * written twice in a row (发展中国家发展中国家).
 */
final class RepeatedWords {

    static final Convention REPEATED_WORD = Convention.of(TextCheck.FAMILY, "repeated-word", Severity.WARNING);

    private static final int MIN_HAN_REPEAT = 3;
    private static final int MAX_HAN_REPEAT = 12;

    /** Words a language repeats on purpose, in lower case. */
    private static final Map<UnLanguage, Set<String>> GRAMMATICAL_REPEATS =
            Map.of(UnLanguage.FR, Set.of("nous", "vous"), UnLanguage.EN, Set.of("had", "that"));

    /** The Latin letters as Arabic spells them out in acronyms. */
    private static final Set<String> ARABIC_LETTER_NAMES = Set.of(
            "إيه", "أيه", "بي", "سي", "دي", "إي", "إف", "جي", "إتش", "آي", "جيه", "كيه", "كي", "إل", "إم", "إن", "أو",
            "أوه", "كيو", "آر", "إس", "تي", "يو", "في", "دبليو", "إكس", "واي", "زد");

    /** A word: its span, and whether it may count as a repeat (no initial, no digit attached). */
    private record Word(int start, int end, boolean countable) {}

    private RepeatedWords() {}

    static void check(UnLanguage language, String text, List<Issue> issues) {
        Set<String> allowed = GRAMMATICAL_REPEATS.getOrDefault(language, Set.of());
        List<Word> words = words(text);
        for (int k = 1; k < words.size(); k++) {
            Word first = words.get(k - 1);
            Word second = words.get(k);
            int length = second.end() - second.start();
            if (first.countable()
                    && second.countable()
                    && first.end() - first.start() == length
                    && onlySpaces(text, first.end(), second.start())
                    && text.regionMatches(true, first.start(), text, second.start(), length)
                    && !allowed.contains(
                            text.substring(second.start(), second.end()).toLowerCase(Locale.ROOT))
                    && !(language == UnLanguage.AR && spelledAcronym(text, words, k))) {
                issues.add(REPEATED_WORD.inTarget(
                        "“" + text.substring(first.start(), first.end()) + "” is written twice in a row",
                        first.start(),
                        second.end()));
            }
        }
        if (language == UnLanguage.ZH) {
            repeatedChinese(text, issues);
        }
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordPart(text.charAt(i))) {
                i++;
            }
            boolean initial = i - start == 1 && Character.isUpperCase(text.charAt(start));
            boolean countable = !initial
                    && !CharContext.at(text, start - 1, CharContext.CharTest.DIGIT)
                    && !CharContext.at(text, i, CharContext.CharTest.DIGIT);
            words.add(new Word(start, i, countable));
        }
        return words;
    }

    /** Words {@code k - 1} and {@code k} are a letter name next to another one. */
    private static boolean spelledAcronym(String text, List<Word> words, int k) {
        boolean before = k >= 2 && isLetterName(text, words.get(k - 2));
        boolean after = k + 1 < words.size() && isLetterName(text, words.get(k + 1));
        return isLetterName(text, words.get(k)) && (before || after);
    }

    private static boolean isLetterName(String text, Word word) {
        return ARABIC_LETTER_NAMES.contains(text.substring(word.start(), word.end()));
    }

    private static boolean isWordPart(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!CharContext.isSpace(text.charAt(k)) && !Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A run of three to twelve Chinese characters written twice in a row. */
    private static void repeatedChinese(String text, List<Issue> issues) {
        int i = 0;
        while (i + 2 * MIN_HAN_REPEAT <= text.length()) {
            int length = hanRepeat(text, i);
            if (length > 0) {
                issues.add(REPEATED_WORD.inTarget(
                        "“" + text.substring(i, i + length) + "” is written twice in a row", i, i + 2 * length));
                i += 2 * length;
            } else {
                i++;
            }
        }
    }

    private static int hanRepeat(String text, int start) {
        for (int length = MIN_HAN_REPEAT; length <= MAX_HAN_REPEAT && start + 2 * length <= text.length(); length++) {
            if (!CharContext.isHan(text.charAt(start + length - 1))) {
                return 0;
            }
            if (text.charAt(start) == text.charAt(start + length)
                    && text.regionMatches(start, text, start + length, length)
                    && allHan(text, start, start + length)) {
                return length;
            }
        }
        return 0;
    }

    private static boolean allHan(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!CharContext.isHan(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
