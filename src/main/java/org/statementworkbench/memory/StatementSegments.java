package org.statementworkbench.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.TranslationService;

/**
 * A statement's segments as the analysis and pre-translation read them: the statement (refused when the person may
 * not see it, {@link UnitVisibility}), the target languages asked for (refused unless the statement has them), and
 * every segment in document order with its translation into one language, read page by page.
 */
@Component
class StatementSegments {

    private static final int PAGE = 500;

    private final StatementService statements;
    private final TranslationService translations;
    private final UnitVisibility visibility;

    StatementSegments(StatementService statements, TranslationService translations, UnitVisibility visibility) {
        this.statements = statements;
        this.translations = translations;
        this.visibility = visibility;
    }

    /** The statement, if the signed-in person may see it and it has every language asked for (and some). */
    StatementSummary statement(long statementId, Collection<UnLanguage> targets) {
        StatementSummary statement =
                statements.find(statementId).orElseThrow(() -> new IllegalArgumentException("No such statement."));
        if (!visibility.statementVisible(statementId)) {
            throw new AccessDeniedException("Only administrators see archived statements.");
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one target language.");
        }
        for (UnLanguage target : targets) {
            if (!statement.targetLanguages().contains(target)) {
                throw new IllegalArgumentException(
                        "The statement is not translated into " + target.englishName() + ".");
            }
        }
        return statement;
    }

    /** Every segment in document order, with its translation into the language. */
    List<SegmentRow> rows(long statementId, UnLanguage language) {
        List<SegmentRow> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<SegmentRow> page = translations.rows(statementId, language, SegmentQuery.all(), offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }
}
