package org.statementworkbench.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;

/**
 * One problem an approval overrode, as a row of {@code approval_override_issue} (V12): the {@link Issue} it was, with
 * its check id ({@code family.name}) and severity as text and its spans as nullable start/end columns. Part of the
 * {@link SegmentRevision} that approved over it, in the order the gates reported the problems.
 */
@Embeddable
class OverriddenIssue {

    static final int CHECK_MAX_LENGTH = 255;
    static final int MESSAGE_MAX_LENGTH = 2000;
    static final int SUBJECT_MAX_LENGTH = 255;

    @Column(name = "check_id", nullable = false, length = CHECK_MAX_LENGTH)
    private CheckId check = CheckId.term("unknown");

    @Column(nullable = false, length = 16)
    private Severity severity = Severity.ERROR;

    @Column(nullable = false, length = MESSAGE_MAX_LENGTH)
    private String message = "";

    @Column(length = SUBJECT_MAX_LENGTH)
    private @Nullable String subject;

    @Column(name = "source_start")
    private @Nullable Integer sourceStart;

    @Column(name = "source_end")
    private @Nullable Integer sourceEnd;

    @Column(name = "target_start")
    private @Nullable Integer targetStart;

    @Column(name = "target_end")
    private @Nullable Integer targetEnd;

    protected OverriddenIssue() {}

    OverriddenIssue(Issue issue) {
        if (issue.check().toString().length() > CHECK_MAX_LENGTH) {
            throw new IllegalArgumentException("A check id is at most " + CHECK_MAX_LENGTH + " characters.");
        }
        this.check = issue.check();
        this.severity = issue.severity();
        this.message = clip(issue.message(), MESSAGE_MAX_LENGTH);
        this.subject = issue.subject() == null ? null : clip(issue.subject(), SUBJECT_MAX_LENGTH);
        if (issue.source() != null) {
            this.sourceStart = issue.source().start();
            this.sourceEnd = issue.source().end();
        }
        if (issue.target() != null) {
            this.targetStart = issue.target().start();
            this.targetEnd = issue.target().end();
        }
    }

    Issue toIssue() {
        return new Issue(check, severity, message, span(sourceStart, sourceEnd), span(targetStart, targetEnd), subject);
    }

    private static @Nullable Span span(@Nullable Integer start, @Nullable Integer end) {
        return start == null || end == null ? null : new Span(start, end);
    }

    /** The text, cut to {@code max} characters with an ellipsis when longer (messages are for people to read). */
    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
