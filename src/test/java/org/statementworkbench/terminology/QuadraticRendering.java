package org.statementworkbench.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.statementworkbench.glossary.TermEntry;

/**
 * The oracle for {@link RenderingEquivalenceTest}: {@link TargetRendering} and {@link LooseTermSearch} as they were
 * before the segment's words were indexed (commit 16d0fc1), kept verbatim in substance. Each loose search rebuilt the
 * target's word list and scanned every other hit per word, and each concept scanned all hits: right, but its cost
 * grew with the square of a segment's length. Test code only.
 */
record QuadraticRendering(
        TermMatcher target, TokenAnalyzer analyzer, String text, List<TermHit> hits, Set<Long> inSource) {

    boolean renders(long concept, List<TermEntry> terms) {
        return insideUnnamedTerm(concept) || terms.stream().anyMatch(t -> loosely(concept, t));
    }

    private boolean insideUnnamedTerm(long concept) {
        List<TermHit> allHits =
                target.findAll(text).stream().filter(h -> h.term().approved()).toList();
        for (TermHit c : allHits) {
            if (c.term().conceptId() != concept
                    || !TermChecker.ACCEPTED.contains(c.term().status())) {
                continue;
            }
            boolean covered = false;
            boolean unnamed = true;
            for (TermHit h : hits) {
                if (h.start() < c.end() && c.start() < h.end()) {
                    covered = true;
                    unnamed &= !inSource.contains(h.term().conceptId());
                }
            }
            if (covered && unnamed) {
                return true;
            }
        }
        return false;
    }

    private boolean loosely(long concept, TermEntry term) {
        Set<Long> parts = target.findAll(term.text()).stream()
                .map(p -> p.term().conceptId())
                .collect(Collectors.toSet());
        List<TermHit> others = hits.stream()
                .filter(o -> o.term().conceptId() != concept
                        && !parts.contains(o.term().conceptId()))
                .toList();
        return contains(target.tokens(text), term.text(), TermChecker.MAX_GAP, others);
    }

    private record Word(List<String> keys, boolean taken, boolean lastOfOther, boolean afterConjunction) {}

    /** The old {@code LooseTermSearch.contains}. */
    boolean contains(List<Token> textTokens, String term, int maxGap, List<TermHit> otherHits) {
        for (String form : analyzer.looseForms(term)) {
            if (containsForm(textTokens, form, maxGap, otherHits)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsForm(List<Token> textTokens, String term, int maxGap, List<TermHit> otherHits) {
        List<Token> words =
                analyzer.term(term).stream().filter(w -> !skipped(w)).toList();
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
            List<String> keys = nominal.isEmpty()
                    ? t.keys()
                    : Stream.concat(t.keys().stream(), nominal.stream()).toList();
            text.add(new Word(keys, other != null, other != null && other.end() == t.end(), conjunction));
            conjunction = false;
        }
        int gap = words.stream().anyMatch(w -> w.surface().codePoints().anyMatch(WordSplitter::ideograph)) ? 0 : maxGap;
        for (int i = 0; i < text.size(); i++) {
            if (!text.get(i).taken()
                    && text.get(i).keys().contains(words.get(0).key())
                    && follows(text, i, words, 1, gap)) {
                return true;
            }
        }
        return false;
    }

    private boolean skipped(Token t) {
        return LooseTermSearch.skipped(analyzer, t);
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
            boolean sharedHead = next == words.size() - 1
                    && w.lastOfOther()
                    && text.get(at + 1).afterConjunction();
            if ((!w.taken() || sharedHead) && follows(text, j, words, next + 1, gap)) {
                return true;
            }
        }
        return false;
    }
}
