package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * Prints (does not assert) the time of a lookup in a memory of 10,000 units through the index against a linear scan
 * with the same scoring (its texts tokenized beforehand). The units are SDG sentences (English, French) and variants of them (one word left out,
 * position by position), a reproducible memory of real wording. It asserts only that both find the same best score.
 */
class MemoryRetrievalBenchmarkTest {

    @Test
    void tenThousandUnitsIndexAgainstLinearScan() throws Exception {
        SdgCorpus corpus = SdgCorpus.load(SdgCorpus.defaultLocation());
        List<IndexedUnit> units = new ArrayList<>();
        List<String> sentences = corpus.sentences().values().stream()
                .map(m -> m.getOrDefault("en", "").strip())
                .filter(s -> s.split(" ").length >= 8)
                .toList();
        long id = 0;
        for (int variant = 0; units.size() < 10_000; variant++) {
            for (String sentence : sentences) {
                String[] words = sentence.split(" ");
                int drop = variant % words.length;
                var text = new StringBuilder();
                for (int w = 0; w < words.length; w++) {
                    if (variant == 0 || w != drop) {
                        text.append(text.isEmpty() ? "" : " ").append(words[w]);
                    }
                }
                units.add(new IndexedUnit(++id, 1, Map.of(UnLanguage.EN, text.toString(), UnLanguage.FR, sentence)));
                if (units.size() == 10_000) {
                    break;
                }
            }
        }
        try (var index = new UnitIndex(new ByteBuffersDirectory())) {
            units.forEach(index::put);
            index.commit(1);
            List<String> queries = sentences.subList(0, 50);
            List<MatchTokens> tokenized = units.stream()
                    .map(u -> MatchTokens.of(u.text(UnLanguage.EN)))
                    .toList();
            for (int round = 0; round < 2; round++) { // the first round warms up
                long indexed = 0;
                long linear = 0;
                for (String q : queries) {
                    MatchTokens query = MatchTokens.of(q);
                    long t0 = System.nanoTime();
                    int bestIndexed =
                            index.candidates(UnLanguage.EN, UnLanguage.FR, q, MemoryService.CANDIDATES).stream()
                                    .mapToInt(u -> FuzzyScorer.score(
                                                    query,
                                                    MatchTokens.of(u.text(UnLanguage.EN)),
                                                    q,
                                                    u.text(UnLanguage.EN))
                                            .value())
                                    .max()
                                    .orElse(0);
                    long t1 = System.nanoTime();
                    int bestLinear = 0;
                    for (int u = 0; u < units.size(); u++) {
                        String source = units.get(u).text(UnLanguage.EN);
                        bestLinear = Math.max(
                                bestLinear,
                                FuzzyScorer.score(query, tokenized.get(u), q, source)
                                        .value());
                    }
                    long t2 = System.nanoTime();
                    indexed += t1 - t0;
                    linear += t2 - t1;
                    assertThat(bestIndexed).isEqualTo(bestLinear);
                }
                if (round == 1) {
                    System.out.printf(
                            "Memory of %d units, %d lookups: index %.2f ms per lookup, linear scan %.2f ms (%.0fx)%n",
                            units.size(),
                            queries.size(),
                            indexed / 1e6 / queries.size(),
                            linear / 1e6 / queries.size(),
                            (double) linear / indexed);
                }
            }
        }
    }
}
