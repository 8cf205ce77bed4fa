package org.statementworkbench.statement;

import java.util.List;
import org.statementworkbench.base.checks.Issue;

/**
 * A check that must pass before a segment may become Approved (the terminology checks, for one). Implemented by
 * modules that depend on {@code statement}, so that statement itself depends on none of them; every gate bean is
 * consulted by {@link TranslationService} when a save asks for Approved. Must be fast and side-effect free.
 */
public interface ApprovalGate {

    /** The issues that block approval of this text (in the one issue model); empty when it may be approved. */
    List<Issue> blockingProblems(ApprovalCandidate candidate);
}
