package org.statementworkbench.statement;

import java.time.Instant;
import java.util.List;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;

/**
 * A segment approved over blocking problems: who, when, why, and the problems overridden, each the {@link Issue} the
 * gate reported. Stored with the revision it created (the problems as rows of {@code approval_override_issue}).
 */
public record ApprovalOverride(
        long segmentId,
        int segmentNumber,
        UnLanguage language,
        int revisionNo,
        String overriddenBy,
        Instant overriddenAt,
        String justification,
        List<Issue> overriddenProblems) {

    /** A justification must say something: at least this many characters (after trimming). */
    public static final int JUSTIFICATION_MIN_LENGTH = 10;

    public static final int JUSTIFICATION_MAX_LENGTH = 2000;

    public ApprovalOverride {
        overriddenProblems = List.copyOf(overriddenProblems);
    }

    /** Whether this override approved over a problem of this check with this message. */
    public boolean overrode(CheckId check, String message) {
        return overriddenProblems.stream()
                .anyMatch(p -> p.check().equals(check) && p.message().equals(message));
    }

    /** The problems overridden as one-line lists show them: {@code family.name: message}. */
    public List<String> describedProblems() {
        return overriddenProblems.stream().map(Issue::describe).toList();
    }

    /** The trimmed justification, or an {@link IllegalArgumentException} saying what is wrong with it. */
    public static String requireValidJustification(String justification) {
        String j = justification.strip();
        if (j.length() < JUSTIFICATION_MIN_LENGTH) {
            throw new IllegalArgumentException("Write a justification of at least " + JUSTIFICATION_MIN_LENGTH
                    + " characters to approve over these problems.");
        }
        if (j.length() > JUSTIFICATION_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "The justification is longer than " + JUSTIFICATION_MAX_LENGTH + " characters.");
        }
        return j;
    }
}
