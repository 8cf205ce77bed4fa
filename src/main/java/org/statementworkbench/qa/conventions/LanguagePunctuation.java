package org.statementworkbench.qa.conventions;

import static org.statementworkbench.qa.conventions.CharContext.at;
import static org.statementworkbench.qa.conventions.CharContext.betweenDigits;
import static org.statementworkbench.qa.conventions.CharContext.isHan;
import static org.statementworkbench.qa.conventions.CharContext.isSpace;
import static org.statementworkbench.qa.conventions.CharContext.nextUnmarked;
import static org.statementworkbench.qa.conventions.CharContext.nextVisible;
import static org.statementworkbench.qa.conventions.CharContext.previousUnmarked;
import static org.statementworkbench.qa.conventions.CharContext.previousVisible;

import java.util.List;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;

/**
 * The punctuation marks of one language in its own text (see {@link PunctuationCheck} for the ids): Chinese
 * full-width marks without spaces around them, French spaces before {@code ; : ! ?} and inside {@code « »}, Arabic
 * {@code ، ؛ ؟}, Russian {@code «…»} and {@code „…“}. Digits keep their ASCII separators (1,000; 0,7; 10:30), and
 * document symbols and web addresses are left alone.
 */
final class LanguagePunctuation {

    static final Convention FULLWIDTH = Convention.of(PunctuationCheck.FAMILY, "fullwidth", Severity.WARNING);
    static final Convention FULLWIDTH_SPACE =
            Convention.of(PunctuationCheck.FAMILY, "fullwidth-space", Severity.WARNING);
    static final Convention SPACE_BEFORE = Convention.of(PunctuationCheck.FAMILY, "space-before", Severity.WARNING);
    static final Convention GUILLEMET_SPACE =
            Convention.of(PunctuationCheck.FAMILY, "guillemet-space", Severity.WARNING);
    static final Convention ARABIC_MARK = Convention.of(PunctuationCheck.FAMILY, "arabic-mark", Severity.WARNING);
    static final Convention QUOTES = Convention.of(PunctuationCheck.FAMILY, "quotes", Severity.WARNING);

    private static final String ASCII_MARKS = ",;:?!().";
    private static final String CHINESE_MARKS = "，；：？！（）。";
    private static final String CHINESE_SPACELESS = "，。；：？！（）、《》";
    private static final String FRENCH_SPACED = ";:!?";
    private static final String ARABIC_ASCII = ",;?";
    private static final String ARABIC_MARKS = "،؛؟";

    private LanguagePunctuation() {}

    static void check(UnLanguage language, String text, List<VerbatimTokens.Token> verbatim, List<Issue> out) {
        switch (language) {
            case ZH -> chinese(text, verbatim, out);
            case FR -> french(text, verbatim, out);
            case AR -> arabic(text, verbatim, out);
            case RU -> russian(text, verbatim, out);
            default -> {}
        }
    }

    private static void chinese(String text, List<VerbatimTokens.Token> verbatim, List<Issue> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int mark = ASCII_MARKS.indexOf(c);
            if (mark >= 0 && !VerbatimTokens.covers(verbatim, i) && inChineseContext(text, i, c)) {
                out.add(FULLWIDTH.inTarget(
                        "Chinese text takes the full-width “" + CHINESE_MARKS.charAt(mark) + "” here, not “" + c + "”",
                        i,
                        i + 1));
            } else if (CHINESE_SPACELESS.indexOf(c) >= 0) {
                spaceAround(text, i, out);
            }
        }
    }

    private static boolean inChineseContext(String text, int i, char c) {
        int before = previousVisible(text, i);
        int after = nextVisible(text, i);
        return switch (c) {
            case ',', ';', ':' ->
                !betweenDigits(text, i)
                        && (at(text, before, CharContext::isHan) || at(text, after, CharContext::isHan));
            case '(', ')' -> at(text, before, CharContext::isHan) || at(text, after, CharContext::isHan);
            case '?', '!' -> at(text, before, CharContext::isHan);
            // A full stop, not a decimal point or an abbreviation: after a Chinese character, at the end or before one.
            default -> at(text, before, CharContext::isHan) && (after == text.length() || isHan(text.charAt(after)));
        };
    }

    /** Spaces right before or after a full-width mark, except at the edges of the text. */
    private static void spaceAround(String text, int i, List<Issue> out) {
        int start = i;
        while (start > 0 && isSpace(text.charAt(start - 1))) {
            start--;
        }
        if (start < i && start > 0) {
            out.add(FULLWIDTH_SPACE.inTarget("No space before the full-width “" + text.charAt(i) + "”", start, i));
        }
        int end = i + 1;
        while (end < text.length() && isSpace(text.charAt(end))) {
            end++;
        }
        if (end > i + 1 && end < text.length()) {
            out.add(FULLWIDTH_SPACE.inTarget("No space after the full-width “" + text.charAt(i) + "”", i + 1, end));
        }
    }

    private static void french(String text, List<VerbatimTokens.Token> verbatim, List<Issue> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (FRENCH_SPACED.indexOf(c) >= 0 && !VerbatimTokens.covers(verbatim, i) && needsSpaceBefore(text, i, c)) {
                out.add(SPACE_BEFORE.inTarget(
                        "French puts a space (preferably a no-break space) before “" + c + "”", i, i + 1));
            } else if (c == '«' && !at(text, nextUnmarked(text, i), CharContext::isSpace)) {
                out.add(GUILLEMET_SPACE.inTarget("French puts a no-break space after «", i, i + 1));
            } else if (c == '»' && !at(text, previousUnmarked(text, i), CharContext::isSpace)) {
                out.add(GUILLEMET_SPACE.inTarget("French puts a no-break space before »", i, i + 1));
            }
        }
    }

    private static boolean needsSpaceBefore(String text, int i, char c) {
        int before = previousUnmarked(text, i);
        if (before < 0 || (c == ':' && betweenDigits(text, i))) {
            return false;
        }
        char previous = text.charAt(before);
        // "?!" takes one space, before the first mark; "(?)" takes none.
        return !isSpace(previous) && FRENCH_SPACED.indexOf(previous) < 0 && previous != '(' && previous != '[';
    }

    private static void arabic(String text, List<VerbatimTokens.Token> verbatim, List<Issue> out) {
        for (int i = 0; i < text.length(); i++) {
            int mark = ARABIC_ASCII.indexOf(text.charAt(i));
            if (mark < 0 || betweenDigits(text, i) || VerbatimTokens.covers(verbatim, i)) {
                continue;
            }
            boolean arabicBefore = at(text, previousVisible(text, i), CharContext::isArabicLetter);
            boolean arabicAfter = at(text, nextVisible(text, i), CharContext::isArabicLetter);
            if (arabicBefore || (arabicAfter && text.charAt(i) != '?')) {
                out.add(ARABIC_MARK.inTarget(
                        "Arabic text takes “" + ARABIC_MARKS.charAt(mark) + "” here, not “" + text.charAt(i) + "”",
                        i,
                        i + 1));
            }
        }
    }

    /** Straight quotes and English quotes; “ is right only as the closing mark of „…“. */
    private static void russian(String text, List<VerbatimTokens.Token> verbatim, List<Issue> out) {
        int openLow = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '„') {
                openLow++;
            } else if (c == '“' && openLow > 0) {
                openLow--;
            } else if ((c == '"' || c == '“' || c == '”') && !VerbatimTokens.covers(verbatim, i)) {
                out.add(QUOTES.inTarget(
                        "Russian quotes with «…» (and „…“ inside them), not with "
                                + (c == '"' ? "straight quotes \"…\"" : "English quotes “…”"),
                        i,
                        i + 1));
            }
        }
    }
}
