package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * Concordance search on the SDG goals, targets and indicators in the six languages, indexed as the memory index
 * holds units: a query in one inflected form finds the texts with the other forms of its words, and the highlights
 * mark exactly those words.
 */
class ConcordanceQueryTest {

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

    private static UnitIndex index;
    private static final Map<Long, Map<UnLanguage, String>> texts = new HashMap<>();

    @BeforeAll
    static void indexSdg() throws Exception {
        SdgCorpus corpus = SdgCorpus.load(SdgCorpus.defaultLocation());
        index = new UnitIndex(new ByteBuffersDirectory());
        long id = 0;
        for (var entry : corpus.sentences().entrySet()) {
            Map<UnLanguage, String> unit = new EnumMap<>(UnLanguage.class);
            entry.getValue().forEach((lang, text) -> {
                if (!text.isBlank()) {
                    unit.put(LANGUAGES.get(lang), text.strip());
                }
            });
            id++;
            texts.put(id, unit);
            index.put(new IndexedUnit(id, 1, unit));
        }
        index.commit(1);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    /** What each hit's highlights cover, in the order of the hits. */
    private static List<List<String>> marked(UnLanguage language, String query, UnLanguage other) {
        ConcordanceQuery words = ConcordanceQuery.of(language, query);
        List<List<String>> found = new ArrayList<>();
        for (long id : index.concordance(words, other, 500)) {
            String text = texts.get(id).get(language);
            found.add(words.highlights(text).stream()
                    .map(s -> text.substring(s.start(), s.end()))
                    .toList());
        }
        return found;
    }

    static Stream<Arguments> inflectedForms() {
        return Stream.of(
                // nominative finds the genitive/prepositional "конвенции" ("Рамочной конвенции", "в Конвенции")
                Arguments.of(UnLanguage.RU, "конвенция", List.of("конвенции", "Конвенции"), "конвенц"),
                // elided article with a straight apostrophe finds "l’Organisation" and the plural "d’organisations"
                Arguments.of(UnLanguage.FR, "l'Organisation", List.of("Organisation", "organisations"), "organisation"),
                // "الدول" (the States) finds "والدول" and "للدول" (with the conjunction, with the preposition)
                Arguments.of(UnLanguage.AR, "الدول", List.of("الدول", "والدول", "للدول"), "دول"),
                // Chinese by character bigrams: "可持续" (sustainable) inside "可持续发展"
                Arguments.of(UnLanguage.ZH, "可持续", List.of("可持续"), "可持续"),
                Arguments.of(UnLanguage.ES, "mujer", List.of("mujeres"), "mujer"),
                Arguments.of(UnLanguage.EN, "country", List.of("countries", "country"), "countr"));
    }

    @ParameterizedTest
    @MethodSource("inflectedForms")
    void aQueryFindsTheInflectedFormsAndMarksThem(
            UnLanguage language, String query, List<String> forms, String everyMarkContains) {
        List<List<String>> hits = marked(language, query, UnLanguage.EN == language ? UnLanguage.FR : UnLanguage.EN);
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(marks -> assertThat(marks).isNotEmpty());
        List<String> allMarks = hits.stream().flatMap(List::stream).toList();
        assertThat(allMarks).containsAll(forms);
        assertThat(allMarks)
                .allSatisfy(mark -> assertThat(mark.toLowerCase(Locale.ROOT)).contains(everyMarkContains));
    }

    @Test
    void everyWordOfAPhraseMustBeThereAndAdjacentHitsAreMarkedAsOne() {
        // SDG 16.3 and others: "the rule of law"; "rules of law" reads the same
        List<List<String>> hits = marked(UnLanguage.EN, "rules of law", UnLanguage.FR);
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(marks -> assertThat(marks).contains("rule of law"));
    }

    @Test
    void theArabicQueryDoesNotMarkALongerWord() {
        // "الدولية" (international) shares the letters of "الدول" but is another word
        assertThat(marked(UnLanguage.AR, "الدول", UnLanguage.EN).stream().flatMap(List::stream))
                .doesNotContain("الدولية", "الدولي");
    }

    @Test
    void theOtherLanguageGetsTheQueryWordsItShares() {
        ConcordanceQuery inFrench = ConcordanceQuery.of(UnLanguage.FR, "COVID-19 et 2030");
        String text = "D’ici à 2030, éliminer la faim";
        assertThat(inFrench.highlights(text))
                .extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("2030");
    }

    @Test
    void everyCommitRecordsTheIndexFormatSoThatAnOlderIndexIsRebuilt() throws Exception {
        try (var fresh = new UnitIndex(new ByteBuffersDirectory())) {
            // what an index from before the concordance fields reads as: MemoryIndex rebuilds it
            assertThat(fresh.format()).isEqualTo(1).isNotEqualTo(UnitIndex.FORMAT);
            fresh.commit(7);
            assertThat(fresh.format()).isEqualTo(UnitIndex.FORMAT);
            assertThat(fresh.revision()).isEqualTo(7);
        }
    }

    @Test
    void punctuationAloneIsNoQuery() {
        assertThat(ConcordanceQuery.of(UnLanguage.EN, " ,;. ").isEmpty()).isTrue();
    }
}
