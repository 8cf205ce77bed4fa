package org.statementworkbench.editor;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.qa.BuiltInChecks;
import org.statementworkbench.qa.SegmentPair;
import org.statementworkbench.statement.ApprovalCandidate;
import org.statementworkbench.statement.ApprovalGate;

/**
 * Errors of the built-in checks (a number or document symbol that differs from the source, an untranslated
 * segment, ...) block approval like term errors, with the same override; warnings and notes do not.
 */
@Component
class ChecksApprovalGate implements ApprovalGate {

    @Override
    public List<Issue> blockingProblems(ApprovalCandidate candidate) {
        var segment = new SegmentPair(
                candidate.sourceLanguage(), candidate.sourceText(), candidate.targetLanguage(), candidate.targetText());
        return BuiltInChecks.check(BuiltInChecks.all(), segment).stream()
                .filter(i -> i.severity() == Severity.ERROR)
                .toList();
    }
}
