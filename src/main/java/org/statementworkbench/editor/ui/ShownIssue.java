package org.statementworkbench.editor.ui;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.editor.IgnoreKey;
import org.statementworkbench.editor.IssueIgnore;

/**
 * An issue of the current segment as the issues panel lists it: the issue, its spans in the texts the two editors
 * hold (with their formatting markers), the key an ignore remembers it by, and the ignore, if it was ignored.
 */
record ShownIssue(
        Issue issue,
        @Nullable Span source,
        @Nullable Span target,
        IgnoreKey key,
        @Nullable IssueIgnore ignored) {

    /** By family, then where the issue lies in the target (issues of the source only after those), severity. */
    static final Comparator<ShownIssue> ORDER = Comparator.comparing(ShownIssue::family)
            .thenComparingInt(ShownIssue::position)
            .thenComparing(i -> i.issue().severity());

    IssueFamily family() {
        return IssueFamily.of(issue.check());
    }

    boolean isIgnored() {
        return ignored != null;
    }

    /** Where F8 goes: the target span's start, or after the text for an issue of the source alone. */
    int position() {
        Span t = target;
        if (t != null) {
            return t.start();
        }
        Span s = source;
        return Integer.MAX_VALUE / 2 + (s == null ? 0 : s.start());
    }

    ShownIssue ignoredAs(@Nullable IssueIgnore ignore) {
        return new ShownIssue(issue, source, target, key, ignore);
    }
}
