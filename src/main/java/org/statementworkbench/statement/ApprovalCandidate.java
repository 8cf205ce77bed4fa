package org.statementworkbench.statement;

import org.statementworkbench.base.UnLanguage;

/** A target segment about to be approved, as an {@link ApprovalGate} sees it: texts without formatting markers. */
public record ApprovalCandidate(
        long statementId,
        long segmentId,
        int segmentNumber,
        UnLanguage sourceLanguage,
        UnLanguage targetLanguage,
        String sourceText,
        String targetText) {}
