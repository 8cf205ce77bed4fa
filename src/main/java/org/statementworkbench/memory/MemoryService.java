package org.statementworkbench.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;

/**
 * Looking texts up in the translation memories. Anyone signed in may; a unit of a statement the person may not see
 * is never shown ({@link UnitVisibility}: units of archived or deleted statements are shown to administrators only).
 */
@Service
@Transactional(readOnly = true)
public class MemoryService {

    /** At most this many matches per lookup. */
    public static final int MAX_LIMIT = 50;

    /** Candidates retrieved from the index per lookup, then scored exactly. */
    static final int CANDIDATES = 60;

    private final MemoryIndex index;
    private final UnitRepository units;
    private final UnitVisibility visibility;

    MemoryService(MemoryIndex index, UnitRepository units, UnitVisibility visibility) {
        this.index = index;
        this.units = units;
        this.visibility = visibility;
    }

    /**
     * The best matches for {@code text} (marked segment text) from {@code sourceLanguage} into {@code targetLanguage},
     * best first (then by memory priority and newest), at most {@code limit}, each scoring at least {@code minScore}.
     * With {@code previousSourceText} (the source of the segment before), an exact match whose unit's previous
     * segment has that text scores {@link MemoryMatch#IN_CONTEXT}.
     */
    @PreAuthorize("isAuthenticated()")
    public List<MemoryMatch> matches(
            UnLanguage sourceLanguage,
            UnLanguage targetLanguage,
            String text,
            @Nullable String previousSourceText,
            int limit,
            int minScore) {
        if (sourceLanguage == targetLanguage) {
            throw new IllegalArgumentException("Source and target language are the same.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A lookup returns 1 to " + MAX_LIMIT + " matches.");
        }
        if (text.isBlank()) {
            return List.of();
        }
        UnitVisibility.Viewer viewer = visibility.currentViewer();
        MatchTokens query = MatchTokens.of(text);
        List<Ranked> ranked = new ArrayList<>();
        for (IndexedUnit unit : index.candidates(sourceLanguage, targetLanguage, text, CANDIDATES)) {
            var score = FuzzyScorer.score(
                    query, MatchTokens.of(unit.text(sourceLanguage)), text, unit.text(sourceLanguage));
            if (score.value() >= Math.min(minScore, MemoryMatch.EXACT)) {
                ranked.add(new Ranked(unit, score));
            }
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.score().value())
                .thenComparingInt(r -> r.unit().priority())
                .thenComparingLong(r -> -r.unit().id()));
        List<MemoryMatch> found = new ArrayList<>();
        for (int from = 0; from < ranked.size() && found.size() < limit; from += limit) {
            List<Ranked> page = ranked.subList(from, Math.min(ranked.size(), from + limit));
            Map<Long, TranslationUnit> byId = new HashMap<>();
            units.findWithTextsByIdIn(page.stream().map(r -> r.unit().id()).toList())
                    .forEach(u -> byId.put(Objects.requireNonNull(u.getId()), u));
            for (Ranked r : page) {
                TranslationUnit unit = byId.get(r.unit().id());
                if (unit == null || found.size() >= limit) {
                    continue; // deleted since it was indexed
                }
                if (!viewer.sees(unit.getStatementId())) {
                    continue;
                }
                match(unit, query, text, previousSourceText, sourceLanguage, targetLanguage)
                        .filter(m -> m.score() >= minScore)
                        .ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingInt(MemoryMatch::score).reversed());
        return found;
    }

    private record Ranked(IndexedUnit unit, FuzzyScorer.Score score) {}

    /** The match as the database has the unit now (the index may lag behind), scored again from its texts. */
    private Optional<MemoryMatch> match(
            TranslationUnit unit,
            MatchTokens query,
            String text,
            @Nullable String previousSourceText,
            UnLanguage sourceLanguage,
            UnLanguage targetLanguage) {
        var source = unit.text(sourceLanguage);
        var target = unit.text(targetLanguage);
        if (source.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        String sourceText = source.get().getText();
        MatchTokens memory = MatchTokens.of(sourceText);
        var score = FuzzyScorer.score(query, memory, text, sourceText);
        int value = score.value();
        if (value == MemoryMatch.EXACT && inContext(unit, sourceLanguage, previousSourceText)) {
            value = MemoryMatch.IN_CONTEXT;
        }
        String suggestion = target.get().getText();
        boolean adapted = false;
        if (score.onlyNumbersDiffer()) {
            var withNumbers = FuzzyScorer.adaptNumbers(suggestion, memory.numbers(), query.numbers());
            if (withNumbers.isPresent()) {
                suggestion = withNumbers.get();
                adapted = true;
            }
        }
        return Optional.of(new MemoryMatch(
                value,
                sourceText,
                suggestion,
                adapted,
                unit.getMemory().getName(),
                unit.getStatementId(),
                unit.getDocumentSymbol(),
                target.get().getAuthor(),
                target.get().getChangedAt()));
    }

    /** Whether the unit's previous segment has, in the source language, the previous text looked up. */
    private boolean inContext(TranslationUnit unit, UnLanguage sourceLanguage, @Nullable String previousSourceText) {
        Long previousSegment = unit.getPreviousSegmentId();
        if (previousSourceText == null || previousSourceText.isBlank() || previousSegment == null) {
            return false;
        }
        String expected = FuzzyScorer.normalizeSpace(previousSourceText);
        return units.findByMemoryIdAndSegmentId(
                        Objects.requireNonNull(unit.getMemory().getId()), previousSegment)
                .flatMap(previous -> previous.text(sourceLanguage))
                .map(t -> FuzzyScorer.normalizeSpace(t.getText()).equals(expected))
                .orElse(false);
    }
}
