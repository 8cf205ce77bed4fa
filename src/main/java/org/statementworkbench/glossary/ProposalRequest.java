package org.statementworkbench.glossary;

import org.jspecify.annotations.Nullable;

/**
 * What a translator proposes from the editor: a new concept (no {@code conceptId}) with a source and/or target
 * term, or a new target equivalent of an existing concept. The segment texts are kept as context.
 */
public record ProposalRequest(
        @Nullable Long conceptId,
        String sourceLanguage,
        @Nullable String sourceTerm,
        String targetLanguage,
        @Nullable String targetTerm,
        @Nullable String comment,
        @Nullable Long statementId,
        @Nullable Long segmentId,
        @Nullable Integer segmentNumber,
        @Nullable String sourceContext,
        @Nullable String targetContext) {}
