package org.statementworkbench.terminology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The loose search behind {@link TermMatcher#containsLoosely}: the content words of a term in order, a few other
 * words apart, articles, prepositions, conjunctions and list markers aside; the head noun shared by a coordination;
 * the other word orders and the verbs the analyzer accepts for a term. A text is indexed once ({@link #index}): its
 * content words and, per key, where they are, so that looking for a term starts only where its first word occurs,
 * and the check of a long segment costs time in proportion to its length, not to its length times its terms.
 */
final class LooseTermSearch {

    private final TokenAnalyzer analyzer;

    LooseTermSearch(TokenAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Whether the term, or one of the other forms the analyzer gives it, occurs loosely in the text's tokens. */
    boolean contains(List<Token> textTokens, String term, int maxGap, List<TermHit> otherHits) {
        return index(textTokens, otherHits).contains(term, maxGap, h -> true);
    }

    /** The text's content words, to look for many terms in it; {@code hits}: the terms found in it. */
    Text index(List<Token> textTokens, List<TermHit> hits) {
        return new Text(textTokens, hits);
    }

    /**
     * A content word of the text: its keys with those of the noun its verb names, whether a conjunction comes just
     * before it, and the hits it lies in (in the order they were given).
     */
    private record Word(Token token, List<String> keys, boolean afterConjunction, List<TermHit> inHits) {

        /** The first hit this word lies in that counts as another term's, or null. */
        @Nullable
        TermHit other(Predicate<TermHit> counts) {
            for (TermHit h : inHits) {
                if (counts.test(h)) {
                    return h;
                }
            }
            return null;
        }
    }

    /** One text analyzed for the loose search, immutable; see {@link TermMatcher#containsLoosely}. */
    final class Text {

        private final List<Word> words = new ArrayList<>();
        /** Per key, the positions in {@code words} of the words offering it, ascending. */
        private final Map<String, List<Integer>> positions = new HashMap<>();

        private Text(List<Token> textTokens, List<TermHit> hits) {
            HitSpans spans = new HitSpans(hits);
            boolean conjunction = false;
            for (Token t : textTokens) {
                if (skipped(analyzer, t)) {
                    conjunction |= analyzer.conjunction(t);
                    continue;
                }
                LinkedHashSet<String> keys = new LinkedHashSet<>(t.keys());
                keys.addAll(analyzer.nominalKeys(t));
                for (String key : keys) {
                    positions.computeIfAbsent(key, k -> new ArrayList<>(2)).add(words.size());
                }
                words.add(new Word(t, List.copyOf(keys), conjunction, spans.overlapping(t.start(), t.end())));
                conjunction = false;
            }
        }

        /**
         * Whether the term, or one of the other forms the analyzer gives it, occurs loosely in the text, where the
         * words of the hits that {@code other} accepts belong to other terms.
         */
        boolean contains(String term, int maxGap, Predicate<TermHit> other) {
            for (String form : analyzer.looseForms(term)) {
                if (containsForm(form, maxGap, other)) {
                    return true;
                }
            }
            return false;
        }

        private boolean containsForm(String term, int maxGap, Predicate<TermHit> other) {
            List<Token> termWords = analyzer.term(term).stream()
                    .filter(w -> !skipped(analyzer, w))
                    .toList();
            if (termWords.isEmpty()) {
                return false;
            }
            boolean ideographic =
                    termWords.stream().anyMatch(w -> w.surface().codePoints().anyMatch(WordSplitter::ideograph));
            int gap = ideographic ? 0 : maxGap;
            for (int i : positions.getOrDefault(termWords.get(0).key(), List.of())) {
                if (words.get(i).other(other) == null && follows(i, termWords, 1, gap, other)) {
                    return true;
                }
            }
            return false;
        }

        private boolean follows(int at, List<Token> termWords, int next, int gap, Predicate<TermHit> other) {
            if (next == termWords.size()) {
                return true;
            }
            for (int j = at + 1; j <= at + 1 + gap && j < words.size(); j++) {
                Word w = words.get(j);
                if (!w.keys().contains(termWords.get(next).key())) {
                    continue;
                }
                TermHit in = w.other(other);
                boolean sharedHead = next == termWords.size() - 1
                        && in != null
                        && in.end() == w.token().end()
                        && words.get(at + 1).afterConjunction();
                if ((in == null || sharedHead) && follows(j, termWords, next + 1, gap, other)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Articles, prepositions and conjunctions, and one-letter words such as the list markers "a)", "b)": not
     * content words.
     */
    static boolean skipped(TokenAnalyzer analyzer, Token t) {
        return analyzer.functionWord(t)
                || t.surface().codePointCount(0, t.surface().length()) == 1
                        && Character.isLetter(t.surface().codePointAt(0))
                        && !WordSplitter.ideograph(t.surface().codePointAt(0));
    }
}
