package org.statementworkbench.languagecheck;

import java.util.List;
import java.util.Objects;
import org.statementworkbench.base.UnLanguage;

/**
 * A checker whose matches are settled against a glossary ({@link GlossaryMatchFilter}): approved terms are not
 * misspellings, deprecated and forbidden terms are left to the terminology checks. Spring-free, for the batch QA
 * command; {@link #use} swaps the glossary (thread-safe).
 */
final class GlossaryAwareLanguageChecker extends ForwardingLanguageChecker {

    private volatile GlossaryMatchFilter glossary;

    public GlossaryAwareLanguageChecker(LanguageChecker engine, GlossaryMatchFilter glossary) {
        super(engine);
        this.glossary = Objects.requireNonNull(glossary, "glossary");
    }

    /** Checks against this glossary from now on. */
    public void use(GlossaryMatchFilter newGlossary) {
        this.glossary = Objects.requireNonNull(newGlossary, "glossary");
    }

    @Override
    public List<LanguageMatch> check(UnLanguage language, String text, RuleSettings settings) {
        return glossary.apply(language, text, engine.check(language, text, settings));
    }
}
