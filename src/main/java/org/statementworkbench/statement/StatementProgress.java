package org.statementworkbench.statement;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.UnLanguage;

/**
 * Progress per target language of statements, from two aggregate queries whatever the statements' size: the
 * segments and source words of each statement, and the segments and words of its stored translations grouped by
 * language and status ({@code sum(word_count)}). Callers bring the transaction.
 */
@Component
class StatementProgress {

    private final SegmentRepository segments;
    private final SegmentTranslationRepository translations;

    StatementProgress(SegmentRepository segments, SegmentTranslationRepository translations) {
        this.segments = segments;
        this.translations = translations;
    }

    /** A statement's segments and the progress of each of its target languages. */
    record Figures(int segments, List<LanguageProgress> languages) {}

    /** By statement id, in the order given. */
    Map<Long, Figures> of(List<Statement> statements) {
        if (statements.isEmpty()) {
            return Map.of();
        }
        List<Long> ids =
                statements.stream().map(s -> Objects.requireNonNull(s.getId())).toList();
        Map<Long, int[]> totals = new HashMap<>();
        for (Object[] row : segments.countSegments(ids)) {
            totals.put((Long) row[0], new int[] {number(row[1]), number(row[2])});
        }
        Map<Long, Map<UnLanguage, Counts>> stored = new HashMap<>();
        for (Object[] row : translations.countByStatus(ids)) {
            Counts counts = stored.computeIfAbsent((Long) row[0], k -> new EnumMap<>(UnLanguage.class))
                    .computeIfAbsent((UnLanguage) row[1], k -> new Counts());
            counts.segments.put((SegmentStatus) row[2], number(row[3]));
            counts.words.put((SegmentStatus) row[2], number(row[4]));
        }
        Map<Long, Figures> result = new LinkedHashMap<>();
        for (Statement statement : statements) {
            long id = Objects.requireNonNull(statement.getId());
            int[] total = totals.getOrDefault(id, new int[2]);
            Map<UnLanguage, Counts> byLanguage = stored.getOrDefault(id, Map.of());
            result.put(
                    id,
                    new Figures(
                            total[0],
                            statement.getTargetLanguages().stream()
                                    .map(language -> {
                                        Counts counts = byLanguage.getOrDefault(language, new Counts());
                                        return LanguageProgress.of(
                                                language, total[0], total[1], counts.segments, counts.words);
                                    })
                                    .toList()));
        }
        return result;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static final class Counts {
        final Map<SegmentStatus, Integer> segments = new EnumMap<>(SegmentStatus.class);
        final Map<SegmentStatus, Integer> words = new EnumMap<>(SegmentStatus.class);
    }
}
