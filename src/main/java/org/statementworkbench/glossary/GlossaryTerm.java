package org.statementworkbench.glossary;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One term of a concept in one language (its BCP 47 tag, see {@link TermLanguage}), as stored. */
public record GlossaryTerm(
        long id,
        String languageTag,
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
        @Nullable Long proposalId)
        implements TermLanguage {

    /** The draft that keeps this term as it is when a concept is edited. */
    public TermDraft toDraft() {
        return new TermDraft(id, languageTag, text, type, status, partOfSpeech, gender, context, caseSensitive);
    }
}
