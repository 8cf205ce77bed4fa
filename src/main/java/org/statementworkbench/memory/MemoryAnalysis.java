package org.statementworkbench.memory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.statementworkbench.base.UnLanguage;

/**
 * A statement's memory analysis: per target language, how many segments and source words fall in each
 * {@link MatchBand}, and the total over the languages. {@code cancelled}: stopped before the end, so the counts
 * cover only the segments read so far.
 */
public record MemoryAnalysis(
        long statementId, UnLanguage sourceLanguage, List<LanguageAnalysis> languages, boolean cancelled) {

    public MemoryAnalysis {
        languages = List.copyOf(languages);
    }

    /** Segments and source words. */
    public record Count(int segments, int words) {

        public static final Count NONE = new Count(0, 0);

        Count plus(Count other) {
            return new Count(segments + other.segments, words + other.words);
        }
    }

    /** One target language's counts per band. */
    public record LanguageAnalysis(UnLanguage language, Map<MatchBand, Count> bands) {

        public LanguageAnalysis {
            var all = new EnumMap<MatchBand, Count>(MatchBand.class);
            for (MatchBand band : MatchBand.values()) {
                all.put(band, bands.getOrDefault(band, Count.NONE));
            }
            bands = java.util.Collections.unmodifiableMap(all);
        }

        public Count band(MatchBand band) {
            return bands.getOrDefault(band, Count.NONE);
        }

        public Count total() {
            return bands.values().stream().reduce(Count.NONE, Count::plus);
        }
    }

    /** The counts of every language added up. */
    public LanguageAnalysis total() {
        Map<MatchBand, Count> sum = new EnumMap<>(MatchBand.class);
        for (LanguageAnalysis language : languages) {
            language.bands().forEach((band, count) -> sum.merge(band, count, Count::plus));
        }
        return new LanguageAnalysis(sourceLanguage, sum);
    }

    /** The report as CSV (one row per language and the total; segments and words per band). */
    public String toCsv() {
        return MemoryAnalysisCsv.write(this);
    }
}
