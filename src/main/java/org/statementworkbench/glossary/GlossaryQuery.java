package org.statementworkbench.glossary;

import org.jspecify.annotations.Nullable;

/**
 * A glossary search. {@code text} is folded (case, accents, Arabic diacritics) and matched at the start of a word
 * of a term, or as whole words when {@code wholeWord}; terms in Chinese (or another language without spaces)
 * match anywhere. The other fields filter: the language, usage status and approval state apply to the matching
 * term, the subject field to its concept. Retired concepts are left out unless asked for.
 */
public record GlossaryQuery(
        String text,
        boolean wholeWord,
        @Nullable String language,
        @Nullable String subjectField,
        @Nullable UsageStatus status,
        @Nullable Approval approval,
        boolean includeRetired) {

    public static GlossaryQuery all() {
        return new GlossaryQuery("", false, null, null, null, null, false);
    }

    public static GlossaryQuery text(String text) {
        return new GlossaryQuery(text, false, null, null, null, null, false);
    }

    public GlossaryQuery withText(String newText) {
        return new GlossaryQuery(newText, wholeWord, language, subjectField, status, approval, includeRetired);
    }
}
