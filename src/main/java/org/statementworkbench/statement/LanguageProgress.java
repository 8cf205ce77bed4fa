package org.statementworkbench.statement;

import java.util.EnumMap;
import java.util.Map;
import org.statementworkbench.base.UnLanguage;

/** How far the translation of a statement into one language has come: segments per status. */
public record LanguageProgress(UnLanguage language, int segments, Map<SegmentStatus, Integer> byStatus) {

    public LanguageProgress {
        byStatus = Map.copyOf(byStatus);
    }

    public int count(SegmentStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** Segments that are Translated, Reviewed or Approved. */
    public int done() {
        return byStatus.entrySet().stream().filter(e -> e.getKey().isDone()).mapToInt(Map.Entry::getValue).sum();
    }

    /** Share of segments done, 0 to 1. */
    public double doneRatio() {
        return segments == 0 ? 0 : (double) done() / segments;
    }

    static LanguageProgress empty(UnLanguage language, int segments) {
        var map = new EnumMap<SegmentStatus, Integer>(SegmentStatus.class);
        map.put(SegmentStatus.NEW, segments);
        return new LanguageProgress(language, segments, map);
    }
}
