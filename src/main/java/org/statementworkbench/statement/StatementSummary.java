package org.statementworkbench.statement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/** A statement as the statement list shows it, with progress per target language. */
public record StatementSummary(
        long id,
        String title,
        @Nullable String documentSymbol,
        @Nullable String unBody,
        @Nullable String sessionName,
        @Nullable String agendaItem,
        @Nullable String speaker,
        @Nullable String delegation,
        @Nullable LocalDate dateDelivered,
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
