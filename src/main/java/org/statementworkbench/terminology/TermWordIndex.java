package org.statementworkbench.terminology;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.GlossarySnapshot;
import org.statementworkbench.glossary.InflectedTermSearch;
import org.statementworkbench.glossary.TermEntry;

/**
 * The glossary search by inflected and clitic forms: per language, the key of every word of every term (from the
 * same {@link Analyzers} as the term checks) with the ids of the terms that have it, built from the terms of the
 * {@link TerminologyIndex} snapshot and rebuilt by the first search after its revision changes (tens of
 * milliseconds; never on the matchers' rebuild thread, which editors wait for). A search analyzes its text as running
 * text in each language (so "للجمعية" offers "جمعيه", "киберпреступностью" its stem) and looks each content word
 * up: a term matches when it has every content word of the search, in any order. Retired concepts and rejected
 * terms are not in the snapshot; the prefix search still finds them.
 */
@Service
class TermWordIndex implements InflectedTermSearch {

    private final TerminologyIndex terminology;
    private volatile @Nullable Words words;

    /** One language's analyzer and its word keys to the term words that have them. */
    private record Language(TokenAnalyzer analyzer, Map<String, List<Word>> wordsByKey) {}

    /** A word of a term: the term's id and the word folded. */
    private record Word(long termId, String folded) {}

    /** The word index of one glossary revision. */
    record Words(long revision, Map<UnLanguage, Language> languages) {

        /** The terms of the language (or of any language when null) that have every content word of the text. */
        Set<Long> termIds(String text, @Nullable UnLanguage language, boolean wholeWords) {
            Set<Long> ids = new HashSet<>();
            languages.forEach((lang, index) -> {
                if (language == null || language == lang) {
                    ids.addAll(find(index, text, wholeWords));
                }
            });
            return ids;
        }
    }

    TermWordIndex(TerminologyIndex terminology) {
        this.terminology = terminology;
    }

    @Override
    public Set<Long> termIds(String text, @Nullable UnLanguage language, boolean wholeWords) {
        return current().termIds(text, language, wholeWords);
    }

    @Override
    public long revision() {
        return current().revision();
    }

    private Words current() {
        TerminologyIndex.Snapshot snapshot = terminology.snapshot();
        Words w = words;
        if (w != null && w.revision() == snapshot.revision()) {
            return w;
        }
        synchronized (this) {
            w = words;
            if (w == null || w.revision() != snapshot.revision()) {
                w = build(snapshot.glossary());
                words = w;
            }
            return w;
        }
    }

    /** The word index of the terms of each language. */
    static Words build(GlossarySnapshot glossary) {
        Map<UnLanguage, Language> languages = new EnumMap<>(UnLanguage.class);
        glossary.terms().forEach((lang, terms) -> {
            TokenAnalyzer analyzer = Analyzers.forLanguage(lang.code());
            Map<String, List<Word>> byKey = new HashMap<>();
            for (TermEntry term : terms) {
                for (Token token : analyzer.term(term.text())) {
                    byKey.computeIfAbsent(token.key(), k -> new java.util.ArrayList<>())
                            .add(new Word(term.termId(), Folding.fold(token.surface())));
                }
            }
            Map<String, List<Word>> frozen = new HashMap<>();
            byKey.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
            languages.put(lang, new Language(analyzer, Map.copyOf(frozen)));
        });
        return new Words(glossary.revision(), Map.copyOf(languages));
    }

    /**
     * The terms having every content word of the text (articles, prepositions and conjunctions aside). For whole
     * words, a word that is only the beginning of a term's word ("crim" of "crime", whose stem it is) does not count.
     */
    private static Set<Long> find(Language index, String text, boolean wholeWords) {
        List<Token> words = index.analyzer().text(text).stream()
                .filter(t -> !index.analyzer().functionWord(t))
                .toList();
        Set<Long> found = null;
        for (Token word : words) {
            Set<Long> forWord = new HashSet<>();
            String typed = Folding.fold(word.surface());
            for (String key : word.keys()) {
                for (Word w : index.wordsByKey().getOrDefault(key, List.of())) {
                    if (!wholeWords
                            || !(w.folded().startsWith(typed) && w.folded().length() > typed.length())) {
                        forWord.add(w.termId());
                    }
                }
            }
            if (found == null) {
                found = forWord;
            } else {
                found.retainAll(forWord);
            }
            if (found.isEmpty()) {
                return Set.of();
            }
        }
        return found == null ? Set.of() : found;
    }
}
