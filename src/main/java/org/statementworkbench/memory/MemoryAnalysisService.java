package org.statementworkbench.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.StatementSummary;

/**
 * The memory analysis of a statement, as CAT tools present it: for each target language, every segment's best
 * match (with the segment before as context, for 101) put in its {@link MatchBand}, its source words counted
 * ({@link WordCount}); a source that already occurred earlier in the statement counts as a repetition instead, as
 * Trados counts it. Anyone who may see the statement may analyse it. Reads only; each lookup is its own read.
 */
@Service
public class MemoryAnalysisService {

    /** Matches asked per segment: enough for an in-context match to be among exact ones. */
    private static final int MATCHES = 3;

    private final StatementSegments segments;
    private final MemoryService memory;

    MemoryAnalysisService(StatementSegments segments, MemoryService memory) {
        this.segments = segments;
        this.memory = memory;
    }

    /** Analyses the statement for these target languages (reported in the UN order), telling {@code progress} as it goes. */
    @PreAuthorize("isAuthenticated()")
    public MemoryAnalysis analyse(long statementId, Collection<UnLanguage> targets, MemoryProgress progress) {
        StatementSummary statement = segments.statement(statementId, targets);
        List<UnLanguage> languages = targets.stream().distinct().sorted().toList();
        int total = statement.segments() * languages.size();
        int done = 0;
        boolean cancelled = false;
        List<MemoryAnalysis.LanguageAnalysis> results = new ArrayList<>();
        for (UnLanguage target : languages) {
            Map<MatchBand, MemoryAnalysis.Count> bands = new EnumMap<>(MatchBand.class);
            Set<String> seen = new HashSet<>();
            @Nullable String previous = null;
            for (SegmentRow row : segments.rows(statementId, target)) {
                if (cancelled) {
                    break;
                }
                MatchBand band = seen.add(FuzzyScorer.normalizeSpace(row.source()))
                        ? band(statement.sourceLanguage(), target, row.source(), previous)
                        : MatchBand.REPETITION;
                bands.merge(band, new MemoryAnalysis.Count(1, WordCount.of(row.source())), MemoryAnalysis.Count::plus);
                previous = row.source();
                cancelled = !progress.report(++done, Math.max(total, done));
            }
            results.add(new MemoryAnalysis.LanguageAnalysis(target, bands));
            if (cancelled) {
                break;
            }
        }
        return new MemoryAnalysis(statementId, statement.sourceLanguage(), results, cancelled);
    }

    private MatchBand band(UnLanguage source, UnLanguage target, String text, @Nullable String previous) {
        if (text.isBlank()) {
            return MatchBand.NO_MATCH;
        }
        return memory.matches(source, target, text, previous, MATCHES, MatchBand.LOWEST_SCORE).stream()
                .findFirst()
                .map(m -> MatchBand.of(m.score()))
                .orElse(MatchBand.NO_MATCH);
    }
}
