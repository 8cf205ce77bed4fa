package org.statementworkbench.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.statementworkbench.base.UnLanguage;

/**
 * A concordance query in one language, read by {@link ConcordanceAnalyzer}: the words (positions) it holds, each
 * with the keys any of which a text's word must have. A unit matches when its text in the language has every word
 * (in any order); {@link #highlights} finds them in a text by the same analysis, so that what is marked is what
 * matched ("конвенции" marks "конвенция").
 */
final class ConcordanceQuery {

    private final UnLanguage language;
    private final List<Set<String>> words;
    private final Set<String> keys = new HashSet<>();

    private ConcordanceQuery(UnLanguage language, List<Set<String>> words) {
        this.language = language;
        this.words = List.copyOf(words);
        words.forEach(keys::addAll);
    }

    /** The query as read in the language (no words when nothing in it is a word there). */
    static ConcordanceQuery of(UnLanguage language, String text) {
        List<Set<String>> words = new ArrayList<>();
        analyze(new ConcordanceAnalyzer(language, true), text, (term, start, end, increment) -> {
            if (increment > 0 || words.isEmpty()) {
                words.add(new LinkedHashSet<>());
            }
            words.getLast().add(term);
        });
        return new ConcordanceQuery(language, words);
    }

    UnLanguage language() {
        return language;
    }

    /** The keys any word of the query may have. */
    Set<String> keys() {
        return java.util.Collections.unmodifiableSet(keys);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    int size() {
        return words.size();
    }

    /** The Lucene query on the field: every word, by any of its keys. */
    Query toLucene(String field) {
        var all = new BooleanQuery.Builder();
        for (Set<String> word : words) {
            var anyKey = new BooleanQuery.Builder();
            word.forEach(key -> anyKey.add(new TermQuery(new Term(field, key)), Occur.SHOULD));
            all.add(anyKey.build(), Occur.MUST);
        }
        return all.build();
    }

    /** Where the query's words stand in the text (of the query's language), merged where only spaces part them. */
    List<ConcordanceHit.Span> highlights(String text) {
        if (words.isEmpty()) {
            return List.of();
        }
        return highlights(language, keys, text);
    }

    /** The keys of the text's words (as indexed for concordance), each word's keys in a set, in text order. */
    static List<Set<String>> wordKeys(UnLanguage language, String text) {
        List<Set<String>> words = new ArrayList<>();
        analyze(new ConcordanceAnalyzer(language, false), text, (term, start, end, increment) -> {
            if (increment > 0 || words.isEmpty()) {
                words.add(new LinkedHashSet<>());
            }
            words.getLast().add(term);
        });
        return words;
    }

    /** Where words with any of the keys stand in the text, merged where only spaces part them. */
    static List<ConcordanceHit.Span> highlights(UnLanguage language, Set<String> keys, String text) {
        if (keys.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        List<ConcordanceHit.Span> spans = new ArrayList<>();
        analyze(new ConcordanceAnalyzer(language, false), text, (term, start, end, increment) -> {
            if (keys.contains(term)) {
                spans.add(new ConcordanceHit.Span(start, end));
            }
        });
        spans.sort(java.util.Comparator.comparingInt(ConcordanceHit.Span::start));
        List<ConcordanceHit.Span> merged = new ArrayList<>();
        for (ConcordanceHit.Span span : spans) {
            if (!merged.isEmpty()) {
                ConcordanceHit.Span last = merged.getLast();
                if (span.start() <= last.end()
                        || text.substring(last.end(), span.start()).isBlank()) {
                    merged.set(
                            merged.size() - 1, new ConcordanceHit.Span(last.start(), Math.max(last.end(), span.end())));
                    continue;
                }
            }
            merged.add(span);
        }
        return merged;
    }

    private interface TermSink {
        void accept(String term, int start, int end, int increment);
    }

    private static void analyze(Analyzer analyzer, String text, TermSink sink) {
        try (analyzer;
                var stream = analyzer.tokenStream("concordance", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(
                        term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
