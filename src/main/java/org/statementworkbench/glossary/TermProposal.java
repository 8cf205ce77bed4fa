package org.statementworkbench.glossary;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A proposal as reviewers see it in their queue and proposers see its outcome. */
public record TermProposal(
        long id,
        long conceptId,
        String conceptExternalId,
        boolean newConcept,
        String proposedBy,
        Instant proposedAt,
        @Nullable String comment,
        @Nullable Long statementId,
        @Nullable Long segmentId,
        @Nullable Integer segmentNumber,
        @Nullable String sourceLanguage,
        @Nullable String sourceContext,
        @Nullable String targetLanguage,
        @Nullable String targetContext,
        Approval state,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote,
        List<GlossaryTerm> terms,
        long version) {

    public TermProposal {
        terms = List.copyOf(terms);
    }
}
