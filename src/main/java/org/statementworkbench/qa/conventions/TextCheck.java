package org.statementworkbench.qa.conventions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.qa.SegmentCheck;
import org.statementworkbench.qa.SegmentPair;
import org.statementworkbench.statement.InlineMarkers;

/**
 * Family {@code text}: a target that is no translation, and words typed twice.
 *
 * <ul>
 *   <li>{@code text.untranslated} (error): the target is empty, or it is the source text itself (markers and runs of
 *       spaces aside) and the source has words. A source that is only numbers, symbols, addresses or names (words that
 *       all start with a capital: {@code UNESCO}, {@code COVID-19}, a person's name) may stay as it is.
 *   <li>{@code text.repeated-word} (warning): the same word twice in a row ("the the"), except where the grammar
 *       wants it; in Chinese, a run of three or more characters written twice. See {@link RepeatedWords}.
 * </ul>
 */
public final class TextCheck implements SegmentCheck {

    static final String FAMILY = "text";
    static final Convention UNTRANSLATED = Convention.of(FAMILY, "untranslated", Severity.ERROR);

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<Issue> check(SegmentPair segment) {
        List<Issue> issues = new ArrayList<>();
        untranslated(segment, issues);
        RepeatedWords.check(segment.targetLanguage(), segment.target(), issues);
        return Convention.inTextOrder(issues);
    }

    private static void untranslated(SegmentPair segment, List<Issue> issues) {
        String source = segment.source();
        String target = segment.target();
        if (!visible(source)) {
            return;
        }
        Span wholeSource = new Span(0, source.length());
        if (!visible(target)) {
            issues.add(UNTRANSLATED.issue("The target is empty", wholeSource, new Span(0, target.length())));
        } else if (sameText(source, target) && hasWords(InlineMarkers.plain(source))) {
            issues.add(UNTRANSLATED.issue(
                    "The target is the source text, not a translation", wholeSource, new Span(0, target.length())));
        }
    }

    /** Spaces and formatting markers are not what a reader reads. */
    private static boolean skipped(char c) {
        return Character.isWhitespace(c) || CharContext.isSpace(c) || c == '*' || c == '\\';
    }

    private static boolean visible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!skipped(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two texts read the same, spaces and markers aside. */
    private static boolean sameText(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && skipped(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && skipped(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }

    /** Whether a text has a word to translate: one in lower case, or any word of a script without case. */
    private static boolean hasWords(String text) {
        List<VerbatimTokens.Token> verbatim = VerbatimTokens.in(text);
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            char first = word.group().charAt(0);
            boolean caseless = !Character.isUpperCase(first) && !Character.isLowerCase(first);
            boolean lower = Character.isLowerCase(first) && word.end() - word.start() > 1;
            if ((caseless || lower) && !VerbatimTokens.covers(verbatim, word.start())) {
                return true;
            }
        }
        return false;
    }
}
