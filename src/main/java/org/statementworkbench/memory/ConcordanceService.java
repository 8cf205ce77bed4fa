package org.statementworkbench.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;

/**
 * Concordance: searching the memories' texts for a word or phrase, in any of the six languages and inflection-aware
 * ({@link ConcordanceAnalyzer}), through the memory index; each hit with the matched words marked, the unit's text
 * in another language beside it and where the unit came from. Anyone signed in may search; units of statements the
 * person may not see are left out ({@link UnitVisibility}).
 */
@Service
@Transactional(readOnly = true)
public class ConcordanceService {

    /** At most this many hits per search. */
    public static final int MAX_LIMIT = 200;

    /** A query longer than this is refused: a concordance looks up words and phrases, not whole texts. */
    public static final int MAX_QUERY_LENGTH = 200;

    /** Fewer hits than this tell too little to spot the query's translation in them. */
    static final int SPOTTING_MIN_HITS = 3;

    /** Candidate words of the other language tried per search (those in the most hits). */
    private static final int SPOTTING_CANDIDATES = 16;

    /** The share of the units with the query whose other text must have the word for it to be marked. */
    static final double SPOTTING_RECALL = 0.5;

    /** The share of the units with the word whose text must have the query: what keeps "de", "les", "и" out. */
    static final double SPOTTING_PRECISION = 0.4;

    private final MemoryIndex index;
    private final UnitRepository units;
    private final UnitVisibility visibility;

    ConcordanceService(MemoryIndex index, UnitRepository units, UnitVisibility visibility) {
        this.index = index;
        this.units = units;
        this.visibility = visibility;
    }

    /**
     * Units whose text in {@code language} holds every word of {@code query} (in any inflected form, any order), the
     * most relevant first, at most {@code limit}; with {@code otherLanguage}, only units with a text in it too,
     * shown beside. Empty when the query holds no word.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ConcordanceHit> search(
            UnLanguage language, String query, @Nullable UnLanguage otherLanguage, int limit) {
        String text = query.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Type a word or phrase to search for.");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException(
                    "Search for a word or phrase of at most " + MAX_QUERY_LENGTH + " characters.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A search returns 1 to " + MAX_LIMIT + " hits.");
        }
        if (language == otherLanguage) {
            throw new IllegalArgumentException("Choose another language to show beside the hits.");
        }
        ConcordanceQuery words = ConcordanceQuery.of(language, text);
        if (words.isEmpty()) {
            return List.of();
        }
        ConcordanceQuery inOther = otherLanguage == null ? null : ConcordanceQuery.of(otherLanguage, text);
        UnitVisibility.Viewer viewer = visibility.currentViewer();
        // hidden units take places: ask for more until enough are visible or the index has no more
        List<ConcordanceHit> found = new ArrayList<>();
        int asked = limit;
        while (true) {
            List<Long> ids = index.concordance(words, otherLanguage, asked);
            found.clear();
            Map<Long, TranslationUnit> byId = new HashMap<>();
            units.findWithTextsByIdIn(ids).forEach(u -> byId.put(Objects.requireNonNull(u.getId()), u));
            for (Long id : ids) {
                TranslationUnit unit = byId.get(id);
                if (unit != null && viewer.sees(unit.getStatementId()) && found.size() < limit) {
                    hit(unit, words, language, inOther, otherLanguage).ifPresent(found::add);
                }
            }
            if (found.size() >= limit || ids.size() < asked || asked >= limit * 8) {
                return otherLanguage == null || inOther == null
                        ? List.copyOf(found)
                        : spotted(found, words, inOther, otherLanguage);
            }
            asked *= 2;
        }
    }

    /**
     * The hits with the query's translation marked in the other language's texts too (translation spotting, as CAT
     * tools' concordance does): the words of those texts that come with the query across the memory. A word key is
     * taken when it stands in at least half of the hits' other texts and, over all units ({@link
     * UnitIndex#associations}), in at least {@link #SPOTTING_RECALL} of the units with the query while at least
     * {@link #SPOTTING_PRECISION} of the units with it have the query: "pays en développement" beside "developing
     * countries", not "en" or "les", which stand everywhere. The best (Dice) are marked, at most two per query word
     * and two more. Too few hits tell nothing: then only the query's
     * own words found there (names, numbers) are marked, as before.
     */
    private List<ConcordanceHit> spotted(
            List<ConcordanceHit> hits, ConcordanceQuery words, ConcordanceQuery inOther, UnLanguage other) {
        if (hits.size() < SPOTTING_MIN_HITS) {
            return List.copyOf(hits);
        }
        Map<String, Integer> inHits = new HashMap<>();
        for (ConcordanceHit hit : hits) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            ConcordanceQuery.wordKeys(other, hit.otherText()).forEach(keys::addAll);
            keys.forEach(k -> inHits.merge(k, 1, Integer::sum));
        }
        int atLeast = Math.max(2, (hits.size() + 1) / 2);
        List<String> candidates = inHits.entrySet().stream()
                .filter(e -> e.getValue() >= atLeast)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(SPOTTING_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
        java.util.Set<String> chosen = new java.util.HashSet<>(inOther.keys());
        index.associations(words, other, candidates).entrySet().stream()
                .filter(e ->
                        e.getValue().recall() >= SPOTTING_RECALL && e.getValue().precision() >= SPOTTING_PRECISION)
                .sorted(Comparator.comparingDouble((Map.Entry<String, UnitIndex.Association> e) ->
                                e.getValue().dice())
                        .reversed())
                .limit(2L * words.size() + 2)
                .forEach(e -> chosen.add(e.getKey()));
        return hits.stream()
                .map(h -> new ConcordanceHit(
                        h.text(),
                        h.hits(),
                        h.otherText(),
                        joinedAcrossShortWords(
                                h.otherText(), ConcordanceQuery.highlights(other, chosen, h.otherText())),
                        h.memory(),
                        h.statementId(),
                        h.documentSymbol(),
                        h.date()))
                .toList();
    }

    /** One word of at most three letters between spaces: "en", "de", "des", "и". */
    private static final java.util.regex.Pattern SHORT_WORD_BETWEEN =
            java.util.regex.Pattern.compile("\\s+\\p{L}{1,3}\\s+");

    /**
     * Marks two words apart joined into one when a short word stands between them, so that the spotted translation
     * reads as a phrase ("pays en développement", "países en desarrollo") rather than as words apart.
     */
    static List<ConcordanceHit.Span> joinedAcrossShortWords(String text, List<ConcordanceHit.Span> spans) {
        List<ConcordanceHit.Span> joined = new ArrayList<>();
        for (ConcordanceHit.Span span : spans) {
            if (!joined.isEmpty()) {
                ConcordanceHit.Span last = joined.getLast();
                if (span.start() > last.end()
                        && SHORT_WORD_BETWEEN
                                .matcher(text.substring(last.end(), span.start()))
                                .matches()) {
                    joined.set(joined.size() - 1, new ConcordanceHit.Span(last.start(), span.end()));
                    continue;
                }
            }
            joined.add(span);
        }
        return joined;
    }

    /** The hit as the database has the unit now (the index may lag behind); none if its text no longer matches. */
    private static java.util.Optional<ConcordanceHit> hit(
            TranslationUnit unit,
            ConcordanceQuery words,
            UnLanguage language,
            @Nullable ConcordanceQuery inOther,
            @Nullable UnLanguage otherLanguage) {
        var text = unit.text(language);
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        String source = text.get().getText();
        List<ConcordanceHit.Span> hits = words.highlights(source);
        if (hits.isEmpty()) {
            return java.util.Optional.empty();
        }
        String other = otherLanguage == null
                ? ""
                : unit.text(otherLanguage).map(UnitText::getText).orElse("");
        return java.util.Optional.of(new ConcordanceHit(
                source,
                hits,
                other,
                inOther == null ? List.of() : inOther.highlights(other),
                unit.getMemory().getName(),
                unit.getStatementId(),
                unit.getDocumentSymbol(),
                unit.getUpdatedAt()));
    }
}
