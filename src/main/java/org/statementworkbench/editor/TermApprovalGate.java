package org.statementworkbench.editor;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.statement.ApprovalCandidate;
import org.statementworkbench.statement.ApprovalGate;
import org.statementworkbench.terminology.TerminologyIndex;

/**
 * Term errors (term.missing, term.forbidden) against the current glossary block approval; warnings and notes do
 * not. Lives here, not in {@code statement}, so that statement never depends on terminology.
 */
@Component
class TermApprovalGate implements ApprovalGate {

    private final TerminologyIndex index;

    TermApprovalGate(TerminologyIndex index) {
        this.index = index;
    }

    @Override
    public List<Issue> blockingProblems(ApprovalCandidate candidate) {
        return index
                .checker(candidate.sourceLanguage(), candidate.targetLanguage())
                .check(candidate.sourceText(), candidate.targetText())
                .issues()
                .stream()
                .filter(i -> i.severity() == Severity.ERROR)
                .toList();
    }
}
