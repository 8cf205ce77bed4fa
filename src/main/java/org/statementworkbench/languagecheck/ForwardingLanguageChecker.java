package org.statementworkbench.languagecheck;

import java.util.List;
import java.util.Objects;
import org.statementworkbench.base.UnLanguage;

/** A checker that hands every call to another one: the base of checkers that change only some of its answers. */
public abstract class ForwardingLanguageChecker implements LanguageChecker {

    protected final LanguageChecker engine;

    protected ForwardingLanguageChecker(LanguageChecker engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public List<LanguageMatch> check(UnLanguage language, String text, RuleSettings settings) {
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

    @Override
    public void close() {
        engine.close();
    }
}
