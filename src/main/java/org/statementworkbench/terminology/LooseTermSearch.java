package org.statementworkbench.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The loose search behind {@link TermMatcher#containsLoosely}: the content words of a term in order, a few other
 * words apart, articles, prepositions, conjunctions and list markers aside; the head noun shared by a coordination;
 * the other word orders and the verbs the analyzer accepts for a term.
 */
final class LooseTermSearch {

    private final TokenAnalyzer analyzer;

    LooseTermSearch(TokenAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A content word of the text for the loose search, with its keys and those of the noun its verb names. */
    private record Word(List<String> keys, boolean taken, boolean lastOfOther, boolean afterConjunction) {}

    /** Whether the term, or one of the other forms the analyzer gives it, occurs loosely in the text's tokens. */
    boolean contains(List<Token> textTokens, String term, int maxGap, List<TermHit> otherHits) {
        for (String form : analyzer.looseForms(term)) {
            if (containsForm(textTokens, form, maxGap, otherHits)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsForm(List<Token> textTokens, String term, int maxGap, List<TermHit> otherHits) {
        List<Token> words = analyzer.term(term).stream().filter(w -> !skipped(w)).toList();
        if (words.isEmpty()) {
            return false;
        }
        List<Word> text = new ArrayList<>();
        boolean conjunction = false;
        for (Token t : textTokens) {
            if (skipped(t)) {
                conjunction |= analyzer.conjunction(t);
                continue;
            }
            TermHit other = null;
            for (TermHit h : otherHits) {
                if (h.start() < t.end() && t.start() < h.end()) {
                    other = h;
                    break;
                }
            }
            List<String> nominal = analyzer.nominalKeys(t);
            List<String> keys = nominal.isEmpty() ? t.keys()
                    : Stream.concat(t.keys().stream(), nominal.stream()).toList();
            text.add(new Word(keys, other != null, other != null && other.end() == t.end(), conjunction));
            conjunction = false;
        }
        int gap = words.stream().anyMatch(w -> w.surface().codePoints().anyMatch(WordSplitter::ideograph)) ? 0 : maxGap;
        for (int i = 0; i < text.size(); i++) {
            if (!text.get(i).taken() && text.get(i).keys().contains(words.get(0).key())
                    && follows(text, i, words, 1, gap)) {
                return true;
            }
        }
        return false;
    }

    /** Articles, prepositions and conjunctions, and one-letter words such as the list markers "a)", "b)". */
    private boolean skipped(Token t) {
        return analyzer.functionWord(t) || t.surface().codePointCount(0, t.surface().length()) == 1
                && Character.isLetter(t.surface().codePointAt(0)) && !WordSplitter.ideograph(t.surface().codePointAt(0));
    }

    private static boolean follows(List<Word> text, int at, List<Token> words, int next, int gap) {
        if (next == words.size()) {
            return true;
        }
        for (int j = at + 1; j <= at + 1 + gap && j < text.size(); j++) {
            Word w = text.get(j);
            if (!w.keys().contains(words.get(next).key())) {
                continue;
            }
            boolean sharedHead = next == words.size() - 1 && w.lastOfOther() && text.get(at + 1).afterConjunction();
            if ((!w.taken() || sharedHead) && follows(text, j, words, next + 1, gap)) {
                return true;
            }
        }
        return false;
    }
}
