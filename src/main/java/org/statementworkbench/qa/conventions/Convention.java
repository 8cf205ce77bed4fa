package org.statementworkbench.qa.conventions;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;

/** One convention a check enforces: its stable id and its one severity; makes the issues that report it. */
record Convention(CheckId id, Severity severity) {

    /** The order {@link org.statementworkbench.qa.SegmentCheck} promises: by target position, then by source. */
    private static final Comparator<Issue> IN_TEXT_ORDER = Comparator.comparingInt(
                    (Issue issue) -> position(issue.target()))
            .thenComparingInt(issue -> position(issue.source()));

    static Convention of(String family, String name, Severity severity) {
        return new Convention(new CheckId(family, name), severity);
    }

    /** An issue with this id and severity; the message is a sentence, so it gets its full stop here. */
    Issue issue(String message, @Nullable Span source, @Nullable Span target) {
        return new Issue(id, severity, message.endsWith(".") ? message : message + ".", source, target);
    }

    Issue inTarget(String message, int start, int end) {
        return issue(message, null, new Span(start, end));
    }

    /** The issues sorted as {@link org.statementworkbench.qa.SegmentCheck#check} returns them. */
    static List<Issue> inTextOrder(List<Issue> issues) {
        return issues.size() < 2
                ? issues
                : issues.stream().sorted(IN_TEXT_ORDER).toList();
    }

    private static int position(@Nullable Span span) {
        return span == null ? Integer.MAX_VALUE : span.start();
    }
}
