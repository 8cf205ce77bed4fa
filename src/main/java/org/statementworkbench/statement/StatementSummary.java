package org.statementworkbench.statement;

import java.util.List;
import org.statementworkbench.base.UnLanguage;

/** A statement as the statement list shows it, with progress per target language. */
public record StatementSummary(
        long id,
        String title,
        StatementDetails details,
        UnLanguage sourceLanguage,
        int segments,
        List<LanguageProgress> progress,
        boolean archived) {

    public StatementSummary {
        progress = List.copyOf(progress);
    }

    public List<UnLanguage> targetLanguages() {
        return progress.stream().map(LanguageProgress::language).toList();
    }
}
