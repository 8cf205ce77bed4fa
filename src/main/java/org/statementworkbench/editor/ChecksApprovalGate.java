package org.statementworkbench.editor;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.qa.BuiltInChecks;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.qa.SegmentPair;
import org.statementworkbench.statement.ApprovalCandidate;
import org.statementworkbench.statement.ApprovalGate;

/**
 * Errors of the built-in checks (a number or document symbol that differs from the source, an untranslated
 * segment, ...) block approval like term errors, with the same override; warnings and notes do not. The statement's
 * check profile decides what is an error: a check switched off or demoted to a warning no longer blocks, a warning
 * promoted to an error does.
 */
@Component
class ChecksApprovalGate implements ApprovalGate {

    private final CheckProfileService profiles;

    ChecksApprovalGate(CheckProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public List<Issue> blockingProblems(ApprovalCandidate candidate) {
        CheckProfile profile = profiles.read(candidate.statementId());
        var segment = new SegmentPair(
                candidate.sourceLanguage(), candidate.sourceText(), candidate.targetLanguage(), candidate.targetText());
        var checks = BuiltInChecks.of(profile.running(BuiltInChecks.families()));
        return profile.apply(BuiltInChecks.check(checks, segment)).stream()
                .filter(i -> i.severity() == Severity.ERROR)
                .toList();
    }
}
