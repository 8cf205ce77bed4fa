package org.statementworkbench.qa.conventions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.qa.SegmentCheck;
import org.statementworkbench.qa.SegmentPair;

/**
 * Family {@code punct}: the punctuation conventions of the target language, and the punctuation the source and the
 * target share. All are warnings except an unpaired mark, which is wrong whatever the style.
 *
 * <ul>
 *   <li>{@code punct.fullwidth} (warning): Chinese text with an ASCII {@code , ; : ? ! ( ) .} where Chinese takes the
 *       full-width {@code ，；：？！（）。} (next to a Chinese character; not in 1,000, 1.25 or 10:30).
 *   <li>{@code punct.fullwidth-space} (warning): a space before or after a Chinese full-width mark
 *       ({@code ，。；：？！（）、《》}).
 *   <li>{@code punct.space-before} (warning): French with no space before {@code ; : ! ?} (UN French writes a
 *       no-break space, U+00A0, or a narrow no-break space, U+202F; a plain space is accepted).
 *   <li>{@code punct.guillemet-space} (warning): French with no space after {@code «} or before {@code »}.
 *   <li>{@code punct.arabic-mark} (warning): Arabic text with an ASCII {@code , ; ?} where Arabic takes
 *       {@code ، ؛ ؟} (not between digits: UN Arabic writes 0,7 and 1,000).
 *   <li>{@code punct.quotes} (warning): Russian quoting with straight {@code "} or English {@code “ ”} instead of
 *       {@code «…»} (and {@code „…“} inside them).
 *   <li>{@code punct.inverted-mark} (error): Spanish {@code ?} or {@code !} without its opening {@code ¿} or
 *       {@code ¡}, or an opening mark that is never closed.
 *   <li>{@code punct.unbalanced} (error): a bracket or double quote opened and not closed, or closed and not opened,
 *       in a target whose source balances them.
 *   <li>{@code punct.final-missing} (warning): the source ends a sentence ({@code . ? ! …} and their Chinese and
 *       Arabic forms) and the target does not.
 *   <li>{@code punct.final-extra} (warning): the target ends with such a mark and the source does not.
 * </ul>
 *
 * <p>Final marks are read through closing quotes, brackets and formatting markers. A final full stop that belongs to
 * an abbreviation ({@code 3 p.m.}, {@code U.S.}, {@code etc.}, Russian {@code 2022 г.}) may be dropped or added by the
 * translation. Document symbols and
 * web addresses are not punctuated text.
 */
public final class PunctuationCheck implements SegmentCheck {

    static final String FAMILY = "punct";
    static final Convention FINAL_MISSING = Convention.of(FAMILY, "final-missing", Severity.WARNING);
    static final Convention FINAL_EXTRA = Convention.of(FAMILY, "final-extra", Severity.WARNING);

    private static final String FINAL_MARKS = ".?!…。？！؟";
    /** What may follow the final mark: closing quotes and brackets, formatting markers. */
    private static final String AFTER_FINAL = "*\"'»”’)）]】》";

    /** A full stop that ends an abbreviation: p.m., U.S., EE. UU., т. д., etc., Russian г. (year) and долл. */
    private static final Pattern ABBREVIATION_END =
            Pattern.compile("(?<!\\p{L})(?:(?:\\p{L}{1,3}\\.\\s?){2,}|(?:etc|г|гг|долл)\\.)$");

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<Issue> check(SegmentPair segment) {
        String target = segment.target();
        if (target.isBlank()) {
            return List.of();
        }
        List<VerbatimTokens.Token> verbatim = VerbatimTokens.in(target);
        List<Issue> issues = new ArrayList<>();
        LanguagePunctuation.check(segment.targetLanguage(), target, verbatim, issues);
        PairedMarks.inverted(segment.targetLanguage(), target, verbatim, issues);
        PairedMarks.unbalanced(segment.source(), target, verbatim, issues);
        finalMarks(segment.source(), target, issues);
        return Convention.inTextOrder(issues);
    }

    private static void finalMarks(String source, String target, List<Issue> issues) {
        if (source.isBlank()) {
            return;
        }
        int sourceMark = finalMark(source);
        int targetMark = finalMark(target);
        if (sourceMark >= 0 && targetMark < 0 && !isAbbreviation(source, sourceMark)) {
            issues.add(FINAL_MISSING.issue(
                    "The source ends with “" + source.charAt(sourceMark) + "”, the target has no final punctuation",
                    new Span(sourceMark, sourceMark + 1),
                    lastCharacter(target)));
        } else if (sourceMark < 0 && targetMark >= 0 && !isAbbreviation(target, targetMark)) {
            issues.add(FINAL_EXTRA.issue(
                    "The target ends with “" + target.charAt(targetMark) + "”, the source has no final punctuation",
                    lastCharacter(source),
                    new Span(targetMark, targetMark + 1)));
        }
    }

    /** The index of the mark that ends the text, or -1. */
    private static int finalMark(String text) {
        int i = text.length() - 1;
        while (i >= 0
                && (Character.isWhitespace(text.charAt(i))
                        || CharContext.isSpace(text.charAt(i))
                        || AFTER_FINAL.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && FINAL_MARKS.indexOf(text.charAt(i)) >= 0 ? i : -1;
    }

    private static boolean isAbbreviation(String text, int fullStop) {
        return text.charAt(fullStop) == '.'
                && ABBREVIATION_END.matcher(text).region(0, fullStop + 1).find();
    }

    private static Span lastCharacter(String text) {
        int end = text.stripTrailing().length();
        return new Span(Math.max(0, end - 1), end);
    }
}
