package org.statementworkbench.editor.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;

/**
 * The editor's filter on the issues the checks find in a segment translation: only segments with errors, and/or only
 * segments with an issue of one check family ({@code number}, {@code term}, ...). Neither set: no filter.
 */
record IssueFilter(boolean errorsOnly, @Nullable String family) {

    static final IssueFilter NONE = new IssueFilter(false, null);

    boolean active() {
        return errorsOnly || family != null;
    }

    /** Whether a segment translation with these issues stays in the list. */
    boolean keeps(List<Issue> issues) {
        return issues.stream()
                .anyMatch(i -> (!errorsOnly || i.severity() == Severity.ERROR)
                        && (family == null || i.check().isIn(family)));
    }
}
