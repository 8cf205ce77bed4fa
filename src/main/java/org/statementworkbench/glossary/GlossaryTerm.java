package org.statementworkbench.glossary;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One term of a concept in one language (BCP 47 code), as stored. */
public record GlossaryTerm(
        long id,
        String language,
        String text,
        TermType type,
        UsageStatus status,
        @Nullable String partOfSpeech,
        @Nullable String gender,
        @Nullable String context,
        boolean caseSensitive,
        Approval approval,
        @Nullable String approvalBy,
        @Nullable Instant approvalAt,
        @Nullable String approvalNote,
        @Nullable Long proposalId) {

    /** The draft that keeps this term as it is when a concept is edited. */
    public TermDraft toDraft() {
        return new TermDraft(id, language, text, type, status, partOfSpeech, gender, context, caseSensitive);
    }
}
