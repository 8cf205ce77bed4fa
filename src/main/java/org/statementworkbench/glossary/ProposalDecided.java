package org.statementworkbench.glossary;

/** Published after a reviewer approved or rejected a proposal, so the proposer's open screens can tell them. */
public record ProposalDecided(long proposalId, String proposedBy, String decidedBy, Approval decision,
        String terms) {}
