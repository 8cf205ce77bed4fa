package org.statementworkbench.statement;

import java.util.EnumMap;
import java.util.Map;
import org.statementworkbench.base.UnLanguage;

/**
 * How far the translation of a statement into one language has come: segments and source words per status. A
 * segment is done when Translated, Reviewed or Approved; segments nobody has translated count as New.
 */
public record LanguageProgress(
        UnLanguage language,
        int segments,
        int words,
        Map<SegmentStatus, Integer> byStatus,
        Map<SegmentStatus, Integer> wordsByStatus) {

    public LanguageProgress {
        byStatus = Map.copyOf(byStatus);
        wordsByStatus = Map.copyOf(wordsByStatus);
    }

    /** Segments with this status. */
    public int count(SegmentStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** Source words of the segments with this status. */
    public int words(SegmentStatus status) {
        return wordsByStatus.getOrDefault(status, 0);
    }

    /** Segments that are Translated, Reviewed or Approved. */
    public int done() {
        return doneOf(byStatus);
    }

    /** Source words of the segments that are done. */
    public int wordsDone() {
        return doneOf(wordsByStatus);
    }

    /** Share of segments done, 0 to 1. */
    public double doneRatio() {
        return segments == 0 ? 0 : (double) done() / segments;
    }

    /** Share of source words done, 0 to 1. */
    public double wordRatio() {
        return words == 0 ? 0 : (double) wordsDone() / words;
    }

    private static int doneOf(Map<SegmentStatus, Integer> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getKey().isDone())
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    /**
     * Progress from the statement's totals and the counts of its stored translations in this language: the
     * segments without one are New.
     */
    static LanguageProgress of(
            UnLanguage language,
            int segments,
            int words,
            Map<SegmentStatus, Integer> byStatus,
            Map<SegmentStatus, Integer> wordsByStatus) {
        var segmentsWithNew = new EnumMap<SegmentStatus, Integer>(SegmentStatus.class);
        segmentsWithNew.putAll(byStatus);
        segmentsWithNew.merge(SegmentStatus.NEW, segments - sum(byStatus), Integer::sum);
        var wordsWithNew = new EnumMap<SegmentStatus, Integer>(SegmentStatus.class);
        wordsWithNew.putAll(wordsByStatus);
        wordsWithNew.merge(SegmentStatus.NEW, words - sum(wordsByStatus), Integer::sum);
        return new LanguageProgress(language, segments, words, segmentsWithNew, wordsWithNew);
    }

    private static int sum(Map<SegmentStatus, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
