package org.statementworkbench.terminology;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.TermEntry;

/**
 * Finds the glossary terms of one language in a text, in any inflected form, in one pass: a trie over the
 * normalized tokens of all terms is walked from each token of the text (a text token may offer several keys, e.g.
 * Arabic with and without clitics). Where candidates overlap, the longest wins, so "Council" alone never stands for
 * "Security Council". Case-sensitive terms (acronyms) must also match the written form exactly. A parenthetical
 * that the text inserts inside a term does not break it. Immutable and thread-safe once built.
 */
public final class TermMatcher {

    private final TokenAnalyzer analyzer;
    private final LooseTermSearch loose;
    private final Node root = new Node();
    private final int size;

    private static final class Node {
        @Nullable
        Map<String, Node> next;

        @Nullable
        List<Entry> terms;

        Node child(String key) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(key, k -> new Node());
        }

        @Nullable
        Node get(String key) {
            return next == null ? null : next.get(key);
        }
    }

    /** A term with the surfaces of its tokens, for the case-sensitive check. */
    private record Entry(TermEntry term, List<String> surfaces) {}

    /** Builds the matcher for the terms of one language (entries of other languages are ignored by callers). */
    public TermMatcher(TokenAnalyzer analyzer, List<TermEntry> terms) {
        this.analyzer = analyzer;
        this.loose = new LooseTermSearch(analyzer);
        int count = 0;
        for (TermEntry term : terms) {
            List<Token> tokens = analyzer.term(term.text());
            if (tokens.isEmpty()) {
                continue;
            }
            Node node = root;
            for (Token t : tokens) {
                node = node.child(t.key());
            }
            if (node.terms == null) {
                node.terms = new ArrayList<>(1);
            }
            node.terms.add(
                    new Entry(term, tokens.stream().map(t -> nfc(t.surface())).toList()));
            count++;
        }
        this.size = count;
    }

    /** How many terms the matcher knows. */
    public int size() {
        return size;
    }

    /** Every term occurrence in the text, longest match first where they overlap, in text order. */
    public List<TermHit> find(String text) {
        List<Candidate> candidates = candidates(text);
        candidates.sort(
                Comparator.comparingInt((Candidate c) -> -(c.end - c.start)).thenComparingInt(c -> c.start));
        boolean[] taken = new boolean[text.length() + 1];
        List<TermHit> hits = new ArrayList<>();
        for (Candidate c : candidates) {
            if (overlaps(taken, c.start, c.end)) {
                continue;
            }
            for (int k = c.start; k < c.end; k++) {
                taken[k] = true;
            }
            for (Entry e : c.entries) {
                hits.add(new TermHit(c.start, c.end, text.substring(c.start, c.end), e.term()));
            }
        }
        hits.sort(Comparator.comparingInt(TermHit::start));
        return hits;
    }

    /**
     * Every term occurrence in the text, also those that {@link #find} drops because a longer term overlaps them
     * ("terrorism" inside "counter-terrorism"), in text order.
     */
    public List<TermHit> findAll(String text) {
        List<TermHit> hits = new ArrayList<>();
        for (Candidate c : candidates(text)) {
            for (Entry e : c.entries) {
                hits.add(new TermHit(c.start, c.end, text.substring(c.start, c.end), e.term()));
            }
        }
        hits.sort(Comparator.comparingInt(TermHit::start));
        return hits;
    }

    private List<Candidate> candidates(String text) {
        List<Token> tokens = analyzer.text(text);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            walk(tokens, i, i, root, text, candidates);
        }
        return candidates;
    }

    /**
     * Whether the words of {@code term} (its articles, prepositions, conjunctions and one-letter list markers aside)
     * occur in {@code text} in order with at most {@code maxGap} other content words between two of them: how a
     * concept survives coordination and insertions ("assistance financière et technique", "taux mondial de mortalité
     * maternelle", "violences physiques, b) psychologiques ou c) sexuelles"). For languages written without spaces
     * only contiguous occurrences count. Words inside {@code otherHits} (other terms found there, e.g. "developing" in
     * "small island developing States") never count as words of this term, except the head noun that a coordination
     * shares: the last word of the term may be the last word of another term right after a conjunction
     * ("developing and least developed countries"). The analyzer may add other word orders of the term ("building
     * capacity" for "capacity-building") and let a verb stand for its noun ("ratifying" for "ratification").
     */
    public boolean containsLoosely(String text, String term, int maxGap, List<TermHit> otherHits) {
        return containsLoosely(tokens(text), term, maxGap, otherHits);
    }

    /** The text's tokens, to look for several terms loosely without analyzing the text each time. */
    public List<Token> tokens(String text) {
        return analyzer.text(text);
    }

    /** {@link #containsLoosely(String, String, int, List)} on tokens from {@link #tokens(String)}. */
    public boolean containsLoosely(List<Token> textTokens, String term, int maxGap, List<TermHit> otherHits) {
        return loose.contains(textTokens, term, maxGap, otherHits);
    }

    /** The text's tokens indexed once for many loose searches, with the terms found in it ({@link TargetRendering}). */
    LooseTermSearch.Text looseIndex(List<Token> textTokens, List<TermHit> hits) {
        return loose.index(textTokens, hits);
    }

    private record Candidate(int start, int end, List<Entry> entries) {}

    private static void walk(List<Token> tokens, int first, int i, Node node, String text, List<Candidate> out) {
        if (i >= tokens.size()) {
            return;
        }
        Token token = tokens.get(i);
        for (String key : token.keys()) {
            Node next = node.get(key);
            if (next == null) {
                continue;
            }
            if (next.terms != null) {
                List<Entry> matching = new ArrayList<>(next.terms.size());
                for (Entry e : next.terms) {
                    if (!e.term().caseSensitive() || sameSurfaces(e, tokens, first)) {
                        matching.add(e);
                    }
                }
                if (!matching.isEmpty()) {
                    out.add(new Candidate(tokens.get(first).start(), token.end(), matching));
                }
            }
            if (next.next != null) {
                walk(tokens, first, i + 1, next, text, out);
                int after = afterParenthetical(tokens, i, text);
                if (after > i + 1) {
                    walk(tokens, first, after, next, text, out);
                }
            }
        }
    }

    /** Opening and closing parentheses, half- and full-width (NFKC folds the full-width ones into these). */
    private static final String OPENING = "(（";

    private static final String CLOSING = ")）";
    /** The longest parenthetical that a term may hold: an acronym or a short gloss. */
    private static final int MAX_PARENTHETICAL = 40;

    /**
     * A parenthetical that the text inserts inside a term, an acronym or a gloss ("2019冠状病毒病（COVID-19）大流行",
     * "coronavirus disease (COVID-19) pandemic"), does not break it: when an opening parenthesis follows token
     * {@code i} and its closing one comes before the next word, the index of the token after the parenthetical, else
     * -1. The parentheses of a term itself are punctuation that the tokens skip, so they match either width.
     */
    private static int afterParenthetical(List<Token> tokens, int i, String text) {
        if (i + 1 >= tokens.size()) {
            return -1;
        }
        int open = -1;
        for (int k = tokens.get(i).end(); k < tokens.get(i + 1).start(); k++) {
            if (OPENING.indexOf(text.charAt(k)) >= 0) {
                open = k;
            }
        }
        if (open < 0) {
            return -1;
        }
        int limit = Math.min(text.length(), open + 1 + MAX_PARENTHETICAL);
        for (int k = open + 1; k < limit; k++) {
            char c = text.charAt(k);
            if (OPENING.indexOf(c) >= 0) {
                return -1;
            }
            if (CLOSING.indexOf(c) >= 0) {
                for (int j = i + 1; j < tokens.size(); j++) {
                    if (tokens.get(j).start() > k) {
                        return j;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    private static boolean sameSurfaces(Entry e, List<Token> tokens, int first) {
        for (int k = 0; k < e.surfaces().size(); k++) {
            if (!e.surfaces().get(k).equals(nfc(tokens.get(first + k).surface()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int k = start; k < end; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
