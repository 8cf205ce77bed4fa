package org.statementworkbench.qa.conventions;

import static org.statementworkbench.qa.conventions.CharContext.isSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.qa.SegmentCheck;
import org.statementworkbench.qa.SegmentPair;

/**
 * Family {@code space}: spaces in the target.
 *
 * <ul>
 *   <li>{@code space.double} (warning): two or more spaces in a row inside the target (spaces of any width,
 *       no-break spaces included).
 *   <li>{@code space.leading} (info): the target starts with a space and the source does not, or the other way round.
 *   <li>{@code space.trailing} (info): the same at the end.
 *   <li>{@code space.before-punct} (warning): a space before {@code , . ; : ! ? ) ]} in English, Spanish and
 *       Russian, and before {@code , . ) ]} in French (which does space {@code ; : ! ?}: see
 *       {@code punct.space-before}). Not before an ellipsis or a leading full stop ({@code .5}, {@code .org}). Chinese
 *       spacing is {@code punct.fullwidth-space}; Arabic is left out until its UN convention is confirmed.
 * </ul>
 */
public final class SpaceCheck implements SegmentCheck {

    static final String FAMILY = "space";
    static final Convention DOUBLE = Convention.of(FAMILY, "double", Severity.WARNING);
    static final Convention LEADING = Convention.of(FAMILY, "leading", Severity.INFO);
    static final Convention TRAILING = Convention.of(FAMILY, "trailing", Severity.INFO);
    static final Convention BEFORE_PUNCT = Convention.of(FAMILY, "before-punct", Severity.WARNING);

    /** The marks that take no space before them, per language. */
    private static final Map<UnLanguage, String> UNSPACED = Map.of(
            UnLanguage.EN, ",.;:!?)]",
            UnLanguage.ES, ",.;:!?)]",
            UnLanguage.RU, ",.;:!?)]",
            UnLanguage.FR, ",.)]");

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
        List<Issue> issues = new ArrayList<>();
        int start = leadingSpaces(target);
        int end = target.length() - trailingSpaces(target);
        edges(segment.source(), target, issues);
        String unspaced = UNSPACED.getOrDefault(segment.targetLanguage(), "");
        List<VerbatimTokens.Token> verbatim = unspaced.isEmpty() ? List.of() : VerbatimTokens.in(target);
        int i = start;
        while (i < end) {
            if (!isSpace(target.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < end && isSpace(target.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd - i > 1) {
                issues.add(DOUBLE.inTarget("Two or more spaces in a row", i, runEnd));
            }
            if (runEnd < end && takesNoSpace(target, runEnd, unspaced) && !VerbatimTokens.covers(verbatim, runEnd)) {
                issues.add(BEFORE_PUNCT.inTarget(
                        "No space before “" + target.charAt(runEnd) + "” in "
                                + segment.targetLanguage().englishName(),
                        i,
                        runEnd));
            }
            i = runEnd;
        }
        return Convention.inTextOrder(issues);
    }

    private static boolean takesNoSpace(String text, int index, String unspaced) {
        char c = text.charAt(index);
        if (unspaced.indexOf(c) < 0) {
            return false;
        }
        if (c != '.' || index + 1 == text.length()) {
            return true;
        }
        // ".5", ".org" and "..." are no full stop after a space.
        char next = text.charAt(index + 1);
        return !Character.isLetterOrDigit(next) && next != '.';
    }

    private static void edges(String source, String target, List<Issue> issues) {
        if (source.isBlank()) {
            return;
        }
        int sourceLeading = leadingSpaces(source);
        int targetLeading = leadingSpaces(target);
        if ((sourceLeading > 0) != (targetLeading > 0)) {
            issues.add(LEADING.issue(
                    targetLeading > 0
                            ? "The target starts with a space, the source does not"
                            : "The source starts with a space, the target does not",
                    sourceLeading > 0 ? new Span(0, sourceLeading) : null,
                    targetLeading > 0 ? new Span(0, targetLeading) : null));
        }
        int sourceTrailing = trailingSpaces(source);
        int targetTrailing = trailingSpaces(target);
        if ((sourceTrailing > 0) != (targetTrailing > 0)) {
            issues.add(TRAILING.issue(
                    targetTrailing > 0
                            ? "The target ends with a space, the source does not"
                            : "The source ends with a space, the target does not",
                    sourceTrailing > 0 ? new Span(source.length() - sourceTrailing, source.length()) : null,
                    targetTrailing > 0 ? new Span(target.length() - targetTrailing, target.length()) : null));
        }
    }

    private static int leadingSpaces(String text) {
        int i = 0;
        while (i < text.length() && (isSpace(text.charAt(i)) || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static int trailingSpaces(String text) {
        int i = text.length();
        while (i > 0 && (isSpace(text.charAt(i - 1)) || Character.isWhitespace(text.charAt(i - 1)))) {
            i--;
        }
        return text.length() - i;
    }
}
