package org.statementworkbench.glossary;

import org.jspecify.annotations.Nullable;

/**
 * A term as a glossary manager enters it or a glossary file (TBX, CSV) holds it, before the glossary checks it.
 * {@code id} is that of an existing term of the concept being edited, or null for a new term (a manager's new
 * term is approved at once; a file's terms have none). The language tag is normalised when the term is stored
 * ({@link TermLanguage}).
 */
public record TermDraft(
        @Nullable Long id,
        String languageTag,
        String text,
        TermType type,
        UsageStatus status,
        @Nullable String partOfSpeech,
        @Nullable String gender,
        @Nullable String context,
        boolean caseSensitive)
        implements TermLanguage {

    /** The same term for the stored term {@code termId} (edited in place), or for a new term when null. */
    public TermDraft withId(@Nullable Long termId) {
        return new TermDraft(termId, languageTag, text, type, status, partOfSpeech, gender, context, caseSensitive);
    }

    public static TermDraft of(String languageTag, String text, TermType type, UsageStatus status) {
        return new TermDraft(null, languageTag, text, type, status, null, null, null, type == TermType.ACRONYM);
    }
}
