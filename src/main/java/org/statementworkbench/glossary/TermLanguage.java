package org.statementworkbench.glossary;

import java.util.Optional;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.exchange.LanguageTags;

/**
 * The language of a glossary term: the BCP 47 tag the glossary stores, of any language (it keeps and exports
 * traditional Chinese {@code zh-Hant}, {@code de}, ...), and the UN language it stands for, the only ones the checks
 * enforce.
 */
public interface TermLanguage {

    /** The BCP 47 tag: "fr", "zh", "zh-Hant", "de"; as entered or read from a file until the glossary stores it. */
    String languageTag();

    /** The UN language of the term; empty for the other languages the glossary keeps. */
    default Optional<UnLanguage> unLanguage() {
        return unLanguageOf(languageTag());
    }

    /**
     * The UN language of a tag as the glossary normalises it: "fr", "fr-FR" and "FR" are French, "zh", "zh-Hans" and
     * "zh-CN" Chinese; traditional Chinese ("zh-Hant", "zh-TW") and other languages ("de") are none.
     */
    static Optional<UnLanguage> unLanguageOf(String tag) {
        return LanguageTags.unLanguage(tag);
    }
}
