package org.statementworkbench.glossary;

import org.jspecify.annotations.Nullable;

/**
 * A term as a glossary manager enters it. {@code id} is that of an existing term of the concept being edited, or
 * null for a new term (a manager's new term is approved at once).
 */
public record TermDraft(
        @Nullable Long id,
        String language,
        String text,
        TermType type,
        UsageStatus status,
        @Nullable String partOfSpeech,
        @Nullable String gender,
        @Nullable String context,
        boolean caseSensitive) {

    public static TermDraft of(String language, String text, TermType type, UsageStatus status) {
        return new TermDraft(null, language, text, type, status, null, null, null, type == TermType.ACRONYM);
    }
}
