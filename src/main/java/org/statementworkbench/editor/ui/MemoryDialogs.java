package org.statementworkbench.editor.ui;

import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.memory.ConcordanceService;
import org.statementworkbench.memory.MemoryAnalysisService;
import org.statementworkbench.memory.PreTranslationService;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.TranslationService;

/**
 * Opens the editor's memory dialogs (concordance, analysis and pre-translation) with the services and the thread
 * pool they need, so that the editor takes one collaborator for all of them.
 */
@Component
class MemoryDialogs {

    private final ConcordanceService concordance;
    private final MemoryAnalysisService analysis;
    private final PreTranslationService preTranslation;
    private final TranslationService translations;
    private final MemoryTaskExecutor executor;

    MemoryDialogs(
            ConcordanceService concordance,
            MemoryAnalysisService analysis,
            PreTranslationService preTranslation,
            TranslationService translations,
            MemoryTaskExecutor executor) {
        this.concordance = concordance;
        this.analysis = analysis;
        this.preTranslation = preTranslation;
        this.translations = translations;
        this.executor = executor;
    }

    ConcordanceDialog concordance(String selected, UnLanguage sourceLanguage, UnLanguage targetLanguage) {
        return new ConcordanceDialog(concordance, executor, selected, sourceLanguage, targetLanguage);
    }

    /** The analysis and pre-translation of the statement; {@code filled} runs after a pre-translation filled any. */
    MemoryAnalysisDialog analysis(StatementSummary statement, UnLanguage currentTarget, Runnable filled) {
        return new MemoryAnalysisDialog(
                statement, currentTarget, analysis, preTranslation, translations, executor, filled);
    }

    /** What went wrong in background work, in the words of the innermost cause. */
    static String failure(@Nullable Throwable error, String otherwise) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause == null || cause.getMessage() == null ? otherwise : cause.getMessage();
    }
}
