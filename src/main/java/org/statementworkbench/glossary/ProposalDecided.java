package org.statementworkbench.glossary;

import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.events.DomainEvent;

/**
 * Published after a reviewer approved or rejected a proposal, so the proposer's open screens can tell them;
 * {@code note} is the reviewer's comment.
 */
public record ProposalDecided(
        long proposalId,
        String proposedBy,
        String decidedBy,
        Approval decision,
        String terms,
        @Nullable String note) implements DomainEvent {

    public ProposalDecided(long proposalId, String proposedBy, String decidedBy, Approval decision, String terms) {
        this(proposalId, proposedBy, decidedBy, decision, terms, null);
    }
}
