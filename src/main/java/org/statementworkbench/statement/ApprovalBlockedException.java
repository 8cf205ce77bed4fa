package org.statementworkbench.statement;

import java.util.List;

/**
 * Approval was refused because an {@link ApprovalGate} reported problems. Nothing was saved. A reviewer may
 * approve anyway with a written justification ({@link TranslationService#approveOverriding}); {@code mayOverride}
 * says whether the signed-in person may.
 */
public class ApprovalBlockedException extends RuntimeException {

    private final List<ApprovalProblem> problems;
    private final boolean mayOverride;

    public ApprovalBlockedException(List<ApprovalProblem> problems, boolean mayOverride) {
        super("Not approved: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " must be fixed"
                + (mayOverride ? " or overridden with a justification." : "."));
        this.problems = List.copyOf(problems);
        this.mayOverride = mayOverride;
    }

    public List<ApprovalProblem> problems() {
        return problems;
    }

    public boolean mayOverride() {
        return mayOverride;
    }
}
