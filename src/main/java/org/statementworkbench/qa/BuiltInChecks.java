package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.List;
import org.statementworkbench.base.checks.Issue;

/**
 * The built-in segment checks, in the order their issues are listed. One place to find them: the editor, the approval
 * gate and the batch command take their checks from here.
 */
public final class BuiltInChecks {

    private static final List<SegmentCheck> ALL = List.of(new org.statementworkbench.qa.number.NumberCheck());

    private BuiltInChecks() {}

    /** Every built-in segment check. */
    public static List<SegmentCheck> all() {
        return ALL;
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
