package org.statementworkbench.statement;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/** What is known about a statement when it is imported. */
public record NewStatement(
        String title,
        @Nullable String documentSymbol,
        @Nullable String unBody,
        @Nullable String sessionName,
        @Nullable String agendaItem,
        @Nullable String speaker,
        @Nullable String delegation,
        @Nullable LocalDate dateDelivered,
        UnLanguage sourceLanguage,
        Set<UnLanguage> targetLanguages) {

    public NewStatement {
        targetLanguages = Set.copyOf(targetLanguages);
    }
}
