package org.statementworkbench.editor;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.statement.ApprovalCandidate;
import org.statementworkbench.statement.ApprovalGate;
import org.statementworkbench.terminology.TerminologyIndex;

/**
 * Term errors (term.missing, term.forbidden) against the current glossary block approval; warnings and notes do
 * not, as the statement's check profile rates them (it may demote or promote term checks). Lives here, not in {@code statement}, so that statement never depends on terminology.
 */
@Component
class TermApprovalGate implements ApprovalGate {

    private final TerminologyIndex index;
    private final CheckProfileService profiles;

    TermApprovalGate(TerminologyIndex index, CheckProfileService profiles) {
        this.index = index;
        this.profiles = profiles;
    }

    @Override
    public List<Issue> blockingProblems(ApprovalCandidate candidate) {
        CheckProfile profile = profiles.read(candidate.statementId());
        if (!profile.runs(CheckId.TERMINOLOGY)) {
            return List.of();
        }
        return profile
                .apply(index.checker(candidate.sourceLanguage(), candidate.targetLanguage())
                        .check(candidate.sourceText(), candidate.targetText())
                        .issues())
                .stream()
                .filter(i -> i.severity() == Severity.ERROR)
                .toList();
    }
}
