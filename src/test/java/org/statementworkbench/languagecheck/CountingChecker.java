package org.statementworkbench.languagecheck;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.statementworkbench.base.UnLanguage;

/** A real checker that counts the checks it runs: shows when a result came from the cache instead. */
final class CountingChecker extends ForwardingLanguageChecker {

    final AtomicInteger checks = new AtomicInteger();

    CountingChecker(LanguageChecker engine) {
        super(engine);
    }

    @Override
    public List<LanguageMatch> check(UnLanguage language, String text, RuleSettings settings) {
        checks.incrementAndGet();
        return engine.check(language, text, settings);
    }
}
