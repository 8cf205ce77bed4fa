package org.statementworkbench.editor;

import java.time.Instant;
import java.util.List;
import org.statementworkbench.base.UnLanguage;

/** The terminology report of a statement, per target language, against glossary revision {@code glossaryRevision}. */
public record TerminologyReport(
        long statementId,
        String title,
        UnLanguage sourceLanguage,
        long glossaryRevision,
        Instant createdAt,
        List<LanguageTermReport> languages) {

    public TerminologyReport {
        languages = List.copyOf(languages);
    }
}
