package org.statementworkbench.memory;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * A translation memory held in this process only, for the batch command ({@code ./workbench tm}): the units of TMX
 * files ({@link TmxReader}) in a {@link UnitIndex} over a {@link ByteBuffersDirectory}, no database. Lookups retrieve
 * candidates from the index and score them exactly as {@link MemoryService#matches} does (same {@link FuzzyScorer},
 * same number of candidates, numbers adapted when only they differ); an exact match is in context (101) when the
 * unit before it in the same TMX file has, in the source language, the text looked up before. A file given earlier
 * has priority over a later one at equal score.
 */
final class TmxMemory implements Closeable {

    /** A unit as read: its texts, where it came from, and the unit before it in its file (-1 for the first). */
    private record Stored(TmxFile.Unit unit, String origin, int priority, int previous) {}

    /** A named TMX file's content. */
    record Source(String name, TmxFile file) {}

    private final UnitIndex index;
    private final List<Stored> units = new ArrayList<>();

    TmxMemory(List<Source> sources) {
        try {
            index = new UnitIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int priority = 0;
        for (Source source : sources) {
            priority++;
            int previous = -1;
            for (TmxFile.Unit unit : source.file().units()) {
                int id = units.size();
                String symbol = unit.documentSymbol();
                String origin = symbol == null || symbol.isBlank() ? source.name() : source.name() + ", " + symbol;
                units.add(new Stored(unit, origin, priority, previous));
                Map<UnLanguage, String> texts = new EnumMap<>(UnLanguage.class);
                unit.texts().forEach((language, text) -> texts.put(language, text.text()));
                index.put(new IndexedUnit(id, priority, texts));
                previous = id;
            }
        }
        index.commit(0);
    }

    /** Units in the memory. */
    int size() {
        return units.size();
    }

    /** Units with a text in both languages. */
    long count(UnLanguage source, UnLanguage target) {
        return units.stream()
                .filter(u ->
                        u.unit().texts().containsKey(source) && u.unit().texts().containsKey(target))
                .count();
    }

    /**
     * The best matches for {@code text} (marked text), best first (then by file order), at most {@code limit}, each
     * scoring at least {@code minScore}; {@code previousText} is the text looked up before, for in-context matches.
     */
    List<MemoryMatch> matches(
            UnLanguage source, UnLanguage target, String text, @Nullable String previousText, int limit, int minScore) {
        if (text.isBlank()) {
            return List.of();
        }
        MatchTokens query = MatchTokens.of(text);
        List<MemoryMatch> found = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (IndexedUnit candidate : index.candidates(source, target, text, MemoryService.CANDIDATES)) {
            int id = (int) candidate.id();
            Stored stored = units.get(id);
            String sourceText = candidate.text(source);
            MatchTokens memory = MatchTokens.of(sourceText);
            var score = FuzzyScorer.score(query, memory, text, sourceText);
            int value = score.value();
            if (value == MemoryMatch.EXACT && inContext(stored, source, previousText)) {
                value = MemoryMatch.IN_CONTEXT;
            }
            if (value < minScore) {
                continue;
            }
            String suggestion = candidate.text(target);
            boolean adapted = false;
            if (score.onlyNumbersDiffer()) {
                var withNumbers = FuzzyScorer.adaptNumbers(suggestion, memory.numbers(), query.numbers());
                if (withNumbers.isPresent()) {
                    suggestion = withNumbers.get();
                    adapted = true;
                }
            }
            TmxFile.Text written = stored.unit().texts().get(target);
            Instant date = written == null || written.changedAt() == null
                    ? stored.unit().createdAt()
                    : written.changedAt();
            found.add(new MemoryMatch(
                    value,
                    sourceText,
                    suggestion,
                    adapted,
                    stored.origin(),
                    null,
                    stored.unit().documentSymbol(),
                    written == null ? null : written.author(),
                    date == null ? Instant.EPOCH : date));
            order.add(id);
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            positions.add(i);
        }
        positions.sort(Comparator.comparingInt((Integer i) -> -found.get(i).score())
                .thenComparingInt(i -> units.get(order.get(i)).priority())
                .thenComparingInt(order::get));
        return positions.stream().limit(limit).map(found::get).toList();
    }

    /** Whether the unit before the stored one in its file has the previous text in the source language. */
    private boolean inContext(Stored stored, UnLanguage source, @Nullable String previousText) {
        if (previousText == null || previousText.isBlank() || stored.previous() < 0) {
            return false;
        }
        TmxFile.Text before = units.get(stored.previous()).unit().texts().get(source);
        return before != null
                && FuzzyScorer.normalizeSpace(before.text()).equals(FuzzyScorer.normalizeSpace(previousText));
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
