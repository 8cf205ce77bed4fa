package org.statementworkbench.statement;

import java.util.List;
import org.statementworkbench.base.checks.Issue;

/**
 * Approval was refused because an {@link ApprovalGate} reported problems. Nothing was saved. A reviewer may
 * approve anyway with a written justification ({@link TranslationService#approveOverriding}); {@code mayOverride}
 * says whether the signed-in person may.
 */
public class ApprovalBlockedException extends RuntimeException {

    private final List<Issue> problems;
    private final boolean mayOverride;

    public ApprovalBlockedException(List<Issue> problems, boolean mayOverride) {
        super("Not approved: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " must be fixed"
                + (mayOverride ? " or overridden with a justification." : "."));
        this.problems = List.copyOf(problems);
        this.mayOverride = mayOverride;
    }

    public List<Issue> problems() {
        return problems;
    }

    public boolean mayOverride() {
        return mayOverride;
    }
}
