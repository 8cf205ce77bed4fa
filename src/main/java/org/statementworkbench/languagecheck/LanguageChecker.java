package org.statementworkbench.languagecheck;

import java.util.List;
import org.statementworkbench.base.UnLanguage;

/**
 * An engine that checks text with LanguageTool: in this process ({@code InProcessLanguageChecker}) or on LanguageTool
 * HTTP servers ({@code RemoteLanguageChecker}). Implementations are thread-safe and free of Spring, so the batch QA
 * command can use them without a server. Calls block; {@link LanguageCheckService} runs them off the UI threads.
 */
public interface LanguageChecker extends AutoCloseable {

    /**
     * Checks one text (a segment: one or a few sentences) with the UN style profile of the language, minus the rules
     * in {@code settings}. Matches come without computed suggestions where computing them is costly.
     *
     * @throws LanguageCheckException when the check fails (the caller marks the text "not checked")
     */
    List<LanguageMatch> check(UnLanguage language, String text, RuleSettings settings);

    /** The suggestions of one match found in {@code text} by {@link #check}, computed now. */
    List<String> suggestions(UnLanguage language, String text, LanguageMatch match);

    /** Loads the language so that the first check is fast; blocks until done. */
    void warmUp(UnLanguage language);

    /** Whether {@link #warmUp} has completed for the language. */
    boolean ready(UnLanguage language);

    @Override
    default void close() {}
}
