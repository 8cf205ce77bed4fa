package org.statementworkbench.statement;

/** Why a segment may not be approved: the stable id of the check ({@code term.missing}, ...) and a message. */
public record ApprovalProblem(String check, String message) {

    /** As stored with an override and shown in reports: {@code check: message}. */
    public String describe() {
        return check + ": " + message;
    }
}
