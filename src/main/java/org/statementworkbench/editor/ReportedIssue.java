package org.statementworkbench.editor;

import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.statement.ApprovalOverride;

/**
 * One issue of one segment in the QA report: where, which check, how severe, the message, excerpts of
 * the source and target around it, the override that approved over it, if any, and its ignore (with the reason), if
 * someone ignored it in the editor. An ignored issue is still listed (reviewers read why), but not counted as open.
 */
public record ReportedIssue(
        int segmentNumber,
        long segmentId,
        CheckId check,
        Severity severity,
        String message,
        String sourceExcerpt,
        String targetExcerpt,
        @Nullable ApprovalOverride override,
        @Nullable IssueIgnore ignore) {

    /** An issue nobody ignored. */
    public ReportedIssue(
            int segmentNumber,
            long segmentId,
            CheckId check,
            Severity severity,
            String message,
            String sourceExcerpt,
            String targetExcerpt,
            @Nullable ApprovalOverride override) {
        this(segmentNumber, segmentId, check, severity, message, sourceExcerpt, targetExcerpt, override, null);
    }

    /** Whether someone ignored this issue with a reason. */
    public boolean ignored() {
        return ignore != null;
    }
}
