package org.statementworkbench.statement;

import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;

/** Why a segment may not be approved: the stable id of the check ({@code term.missing}, ...) and a message. */
public record ApprovalProblem(String check, String message) {

    /** The problem as an {@link Issue}: an error (only errors block approval), without spans. */
    public Issue toIssue() {
        return new Issue(CheckId.parse(check), Severity.ERROR, message, null, null);
    }
}
