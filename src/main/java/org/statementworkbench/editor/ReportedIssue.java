package org.statementworkbench.editor;

import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.statement.ApprovalOverride;

/**
 * One issue of one segment in the QA report: where, which check, how severe, the message, excerpts of
 * the source and target around it, and the override that approved over it, if any.
 */
public record ReportedIssue(
        int segmentNumber,
        long segmentId,
        CheckId check,
        Severity severity,
        String message,
        String sourceExcerpt,
        String targetExcerpt,
        @Nullable ApprovalOverride override) {}
