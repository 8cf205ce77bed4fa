package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * Retrieval (the Lucene index) and scoring together on the SDG targets and indicators in the six languages, as the
 * service runs them. The scorer's penalties were set looking at goals 1-8 only ({@link #TUNING}); the figures asserted
 * and printed are those of goals 9-17, held out. For every held-out sentence and language: the exact sentence is found
 * at 100 with its stored translation; with one word deleted, and with one word replaced, its own unit (or a twin:
 * the SDG repeat some indicators word for word) is the top match; and with the index holding only the other half of the sentences, no sentence of the missing half gets a
 * match of 95 or more.
 */
class SdgMemoryEvaluationTest {

    private static final List<String> TUNING = List.of("1", "2", "3", "4", "5", "6", "7", "8");
    private static final Map<String, UnLanguage> LANGUAGES = Map.of(
            "ar",
            UnLanguage.AR,
            "zh",
            UnLanguage.ZH,
            "en",
            UnLanguage.EN,
            "fr",
            UnLanguage.FR,
            "ru",
            UnLanguage.RU,
            "es",
            UnLanguage.ES);

    private static SdgCorpus corpus;
    private static final List<String> heldOut = new ArrayList<>();
    private static UnitIndex everything;
    private static UnitIndex evenOnly;

    @BeforeAll
    static void index() throws Exception {
        corpus = SdgCorpus.load(SdgCorpus.defaultLocation());
        everything = new UnitIndex(new ByteBuffersDirectory());
        evenOnly = new UnitIndex(new ByteBuffersDirectory());
        long id = 0;
        for (var entry : corpus.sentences().entrySet()) {
            Map<UnLanguage, String> texts = new EnumMap<>(UnLanguage.class);
            entry.getValue().forEach((lang, text) -> {
                if (!text.isBlank()) {
                    texts.put(LANGUAGES.get(lang), text.strip());
                }
            });
            id++;
            var unit = new IndexedUnit(id, 1, texts);
            everything.put(unit);
            if (id % 2 == 0) {
                evenOnly.put(unit);
            }
            String goal = entry.getKey().split("-")[0];
            if (!TUNING.contains(goal) && texts.size() == 6 && entry.getKey().split("-").length > 2) {
                heldOut.add(entry.getKey() + "#" + id);
            }
        }
        everything.commit(1);
        evenOnly.commit(1);
    }

    @AfterAll
    static void close() throws Exception {
        everything.close();
        evenOnly.close();
    }

    /** The service's ranking, without the database: candidates scored exactly, best first. */
    private static List<Scored> lookup(UnitIndex index, UnLanguage source, UnLanguage target, String text) {
        MatchTokens query = MatchTokens.of(text);
        return index.candidates(source, target, text, MemoryService.CANDIDATES).stream()
                .map(u -> new Scored(
                        u,
                        FuzzyScorer.score(query, MatchTokens.of(u.text(source)), text, u.text(source))
                                .value()))
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .toList();
    }

    private record Scored(IndexedUnit unit, int score) {}

    /**
     * The unit found has the sentence (its own unit, or a twin with the same wording; some twins differ in spacing).
     */
    private static boolean sameSentence(Scored found, UnLanguage source, String text) {
        return MatchTokens.of(found.unit().text(source)).equals(MatchTokens.of(text));
    }

    private static Optional<Scored> top(UnitIndex index, UnLanguage source, UnLanguage target, String text) {
        return lookup(index, source, target, text).stream().findFirst();
    }

    @Test
    void heldOutGoalsExactOneWordDeletedOrReplacedAndUnknownSentences() {
        int cases = 0;
        int exact = 0;
        int deleted = 0;
        int replaced = 0;
        int unknown = 0;
        int unknownCases = 0;
        List<String> misses = new ArrayList<>();
        // the SDG repeat some indicators word for word under several targets (1.5.1 = 11.5.1 = 13.1.1): a sentence
        // whose twin is in the even half is in the memory
        java.util.Set<String> inEvenHalf = new java.util.HashSet<>();
        long n = 0;
        for (var entry : corpus.sentences().entrySet()) {
            if (++n % 2 == 0) {
                entry.getValue().values().forEach(t -> inEvenHalf.add(t.strip()));
            }
        }
        for (String keyAndId : heldOut) {
            String key = keyAndId.split("#")[0];
            long id = Long.parseLong(keyAndId.split("#")[1]);
            for (var lang : LANGUAGES.entrySet()) {
                UnLanguage source = lang.getValue();
                UnLanguage target = source == UnLanguage.EN ? UnLanguage.FR : UnLanguage.EN;
                String text = corpus.text(key, lang.getKey()).strip();
                var tokens = MatchTokens.of(text).exactWords();
                if (tokens.size() < 6) {
                    continue;
                }
                cases++;
                var hit = top(everything, source, target, text);
                if (hit.isPresent()
                        && hit.get().score() == 100
                        && sameSentence(hit.get(), source, text)
                        && hit.get()
                                .unit()
                                .text(target)
                                .equals(corpus.text(key, target.code()).strip())) {
                    exact++;
                }
                int middle = tokens.size() / 2;
                while (tokens.get(middle).equals(MatchTokens.NUMBER) || text.indexOf(tokens.get(middle)) < 0) {
                    middle = (middle + 1) % tokens.size();
                }
                String word = tokens.get(middle);
                int at = text.indexOf(word, text.length() / 3);
                at = at < 0 ? text.indexOf(word) : at;
                String withoutWord = text.substring(0, at) + text.substring(at + word.length());
                if (top(everything, source, target, withoutWord)
                        .map(s -> sameSentence(s, source, text))
                        .orElse(false)) {
                    deleted++;
                } else {
                    misses.add("deleted " + key + " " + lang.getKey() + " [" + withoutWord + "] -> "
                            + top(everything, source, target, withoutWord)
                                    .map(x -> x.score() + " " + x.unit().text(source))
                                    .orElse("none"));
                }
                String other = source == UnLanguage.ZH ? "国" : "development";
                String withOther = text.substring(0, at) + other + text.substring(at + word.length());
                if (top(everything, source, target, withOther)
                        .map(s -> sameSentence(s, source, text))
                        .orElse(false)) {
                    replaced++;
                } else {
                    misses.add("replaced " + key + " " + lang.getKey());
                }
                if (id % 2 == 1 && !inEvenHalf.contains(text)) {
                    unknownCases++;
                    if (top(evenOnly, source, target, text)
                            .map(s -> s.score() < 95)
                            .orElse(true)) {
                        unknown++;
                    } else {
                        misses.add("unknown " + key + " " + lang.getKey() + " ~ "
                                + top(evenOnly, source, target, text)
                                        .orElseThrow()
                                        .unit()
                                        .text(source));
                    }
                }
            }
        }
        System.out.printf(
                "SDG held-out (goals 9-17), %d sentence-language cases: exact at 100 with its target %d, one word"
                        + " deleted found %d, one word replaced found %d; not in memory: %d of %d below 95%n",
                cases, exact, deleted, replaced, unknown, unknownCases);
        misses.stream().limit(20).forEach(m -> System.out.println("  miss: " + m));
        assertThat(cases).isGreaterThan(1000);
        // the few exact misses are twins with another translation of the same wording
        assertThat(exact).isGreaterThanOrEqualTo(cases * 99 / 100);
        assertThat(deleted).isGreaterThanOrEqualTo(cases * 97 / 100);
        assertThat(replaced).isGreaterThanOrEqualTo(cases * 97 / 100);
        assertThat(unknown).isGreaterThanOrEqualTo(unknownCases * 97 / 100);
    }

    @Test
    void frenchToArabicFindsTheUnitAndItsArabicText() {
        String key = heldOut.getFirst().split("#")[0];
        String french = corpus.text(key, "fr").strip();
        var hit = top(everything, UnLanguage.FR, UnLanguage.AR, french).orElseThrow();
        assertThat(hit.score()).isEqualTo(100);
        assertThat(hit.unit().text(UnLanguage.AR))
                .isEqualTo(corpus.text(key, "ar").strip());
    }
}
