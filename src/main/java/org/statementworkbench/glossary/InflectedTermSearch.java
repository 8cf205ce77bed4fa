package org.statementworkbench.glossary;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * Finds terms by the words of a search in any inflected or clitic form ("киберпреступности" for
 * "киберпреступность", "للجمعية العامة" for "الجمعية العامة"), so that the glossary search understands what the
 * term checks understand. The glossary defines it and uses it when a bean implements it (the terminology module
 * does, from the same analyzers as its term checks); without one, the search matches folded word prefixes only.
 */
public interface InflectedTermSearch {

    /**
     * The ids of the terms (of one UN language, or of every UN language when {@code null}) that have every content
     * word of {@code text} in some form; empty when the text has no content word. With {@code wholeWords}, a search
     * word that is only the beginning of a term's word ("crim" of "crime") does not count.
     */
    Set<Long> termIds(String text, @Nullable UnLanguage language, boolean wholeWords);

    /** The glossary revision the search reflects; it follows a change within seconds. */
    long revision();
}
