package org.statementworkbench.languagecheck;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.statementworkbench.base.UnLanguage;

/** A real checker that counts the checks it runs: shows when a result came from the cache instead. */
final class CountingChecker implements LanguageChecker {

    private final LanguageChecker engine;
    final AtomicInteger checks = new AtomicInteger();

    CountingChecker(LanguageChecker engine) {
        this.engine = engine;
    }

    @Override
    public List<LanguageMatch> check(UnLanguage language, String text, RuleSettings settings) {
        checks.incrementAndGet();
        return engine.check(language, text, settings);
    }

    @Override
    public List<String> suggestions(UnLanguage language, String text, LanguageMatch match) {
        return engine.suggestions(language, text, match);
    }

    @Override
    public void warmUp(UnLanguage language) {
        engine.warmUp(language);
    }

    @Override
    public boolean ready(UnLanguage language) {
        return engine.ready(language);
    }
}
