package org.statementworkbench.editor.ui;

import org.springframework.stereotype.Component;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.ui.StatementListAction;

/**
 * The memory analysis and pre-translation on the statement list, as Trados runs "Analyze files" on a file without
 * opening it: the editor's dialog ({@link MemoryAnalysisDialog}) for the row's statement. Offered on every statement
 * the list shows that is not archived (whoever sees a statement may analyse it); the dialog offers pre-translation
 * for the languages the person may edit, and {@code MemoryAnalysisService} and {@code PreTranslationService} check
 * both again.
 */
@Component
class StatementListMemoryAnalysis implements StatementListAction {

    static final String LABEL = "Memory analysis…";

    private final MemoryDialogs dialogs;

    StatementListMemoryAnalysis(MemoryDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public boolean offeredTo(StatementSummary statement) {
        return !statement.archived() && !statement.targetLanguages().isEmpty();
    }

    @Override
    public void open(StatementSummary statement, Runnable changed) {
        dialogs.analysis(statement, statement.targetLanguages().getFirst(), changed)
                .open();
    }
}
