package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.List;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.qa.conventions.MarkerCheck;
import org.statementworkbench.qa.conventions.PunctuationCheck;
import org.statementworkbench.qa.conventions.SpaceCheck;
import org.statementworkbench.qa.conventions.SymbolCheck;
import org.statementworkbench.qa.conventions.TextCheck;
import org.statementworkbench.qa.number.NumberCheck;

/**
 * The built-in segment checks, in the order their issues are listed. One place to find them: the editor, the approval
 * gate and the batch command take their checks from here.
 */
public final class BuiltInChecks {

    private static final List<SegmentCheck> ALL = List.of(
            new NumberCheck(),
            new SymbolCheck(),
            new PunctuationCheck(),
            new SpaceCheck(),
            new TextCheck(),
            new MarkerCheck());

    private BuiltInChecks() {}

    /** Every built-in segment check. */
    public static List<SegmentCheck> all() {
        return ALL;
    }

    /** The families of the built-in checks, in the usual order ({@code number}, {@code symbol}, ...). */
    public static List<String> families() {
        return ALL.stream().map(SegmentCheck::family).distinct().toList();
    }

    /** The checks of the given families (e.g. {@code number}, {@code punct}), in the usual order. */
    public static List<SegmentCheck> of(List<String> families) {
        return ALL.stream().filter(c -> families.contains(c.family())).toList();
    }

    /** Runs the given checks on one segment. */
    public static List<Issue> check(List<SegmentCheck> checks, SegmentPair segment) {
        List<Issue> issues = new ArrayList<>();
        for (SegmentCheck check : checks) {
            issues.addAll(check.check(segment));
        }
        return issues;
    }
}
