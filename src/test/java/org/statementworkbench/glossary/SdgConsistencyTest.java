package org.statementworkbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementworkbench.glossary.exchange.TbxConcept;
import org.statementworkbench.glossary.exchange.TbxReader;

/**
 * The shipped glossary against the UN's own SDG wording in the six languages (src/test/resources/sdg, a copy of ../shared/data/sdg): where the English
 * preferred term of a concept occurs in an English goal, target or indicator, the aligned sentence of every other
 * language must contain that language's preferred or admitted term in some inflected form, unless
 * src/test/resources/glossary/sdg-exceptions.tsv excuses it with a reason. Skipped when the SDG folder is absent.
 */
class SdgConsistencyTest {

    static final String EXCEPTIONS = "/glossary/sdg-exceptions.tsv";

    /** SDG target 16.4 in the six languages, as in the SDG files (Arabic tatweel and all). */
    static final Map<String, String> TARGET_16_4 = Map.of(
            "en",
                    "By 2030, significantly reduce illicit financial and arms flows, strengthen the recovery and return of "
                            + "stolen assets and combat all forms of organized crime",
            "fr",
                    "D’ici à 2030, réduire nettement les flux financiers illicites et le trafic d’armes, renforcer les "
                            + "activités de récupération et de restitution des biens volés et lutter contre toutes les formes de "
                            + "criminalité organisée",
            "es",
                    "De aquí a 2030, reducir significativamente las corrientes financieras y de armas ilícitas, fortalecer "
                            + "la recuperación y devolución de los activos robados y luchar contra todas las formas de "
                            + "delincuencia organizada",
            "ru",
                    "К 2030 году значительно уменьшить незаконные финансовые потоки и потоки оружия, активизировать "
                            + "деятельность по обнаружению и возвращению похищенных активов и вести борьбу со всеми формами "
                            + "организованной преступности",
            "ar",
                    "الحـد بقـدر كبير من التـدفقـات غير المشـروعــة للأموال والأسـلحة، وتعزيز اسـترداد الأصول المسروقة "
                            + "وإعادتها ومكافحة جميع أشكال الجريمة المنظمة، بحلول عام 2030",
            "zh", "到2030年,大幅减少非法资金和武器流动,加强追赃和被盗资产返还力度,打击一切形式的有组织犯罪");

    static List<TbxConcept> shipped() throws IOException {
        return new TbxReader().read(Files.readAllBytes(Path.of("glossary", "un-glossary.tbx")));
    }

    /** Target 16.4: right terms are found inflected in their language's sentence; wrong or absent ones are not. */
    @ParameterizedTest(name = "16.4 {0}: \"{1}\" found: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # Right terms, inflected in the sentence.
            en | organized crime                  | true
            fr | criminalité organisée            | true
            es | delincuencia organizada          | true
            ru | организованная преступность      | true
            ar | الجريمة المنظمة                  | true
            zh | 有组织犯罪                       | true
            ru | похищенные активы                | true
            # Wrong terms are not found, however tolerant the matching.
            fr | crime organisé                   | false
            fr | terrorisme                       | false
            es | crimen organizado                | false
            ru | организованная преступная группа | false
            ru | торговля людьми                  | false
            ar | الإرهاب                          | false
            zh | 恐怖主义                         | false
            en | terrorism                        | false
            en | organized criminal group         | false
            # Words must follow one another: "financial ... flows" is not "financial flows".
            en | financial flows                  | false
            """)
    void rightTermsAreFoundInflectedInTarget16Point4AndWrongOnesAreNot(String language, String term, boolean found) {
        assertThat(InflectionTolerantMatcher.occurs(term, TermType.FULL_FORM, TARGET_16_4.get(language), language))
                .isEqualTo(found);
    }

    /** Inflection, clitics and tatweel in other SDG wording. */
    @ParameterizedTest(name = "{0}: \"{1}\" found: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            tatweel ignored                 | التدفقات المالية غير المشروعة | نسبة التدفقات المالية غير المشـروعة       | ar | true
            ru hyphenated compound          | государства-члены             | призывает государств-членов               | ru | true
            ar preposition                  | الدول الأعضاء                 | يدعو للدول الأعضاء                        | ar | true
            article between words           | femmes et filles              | l’autonomisation des femmes et des filles | fr | true
            # A hyphenated English compound is one word: "multi-stakeholder" does not contain "stakeholder".
            hyphenated compound is one word | stakeholders                  | multi-stakeholder partnerships            | en | false
            """)
    void inflectedFormsAreFoundAndWrongTermsAreNot(
            String why, String term, String text, String language, boolean found) {
        assertThat(InflectionTolerantMatcher.occurs(term, TermType.FULL_FORM, text, language))
                .as(why)
                .isEqualTo(found);
    }

    /** Acronyms match case and all: WHO is not "who". */
    @Test
    void acronymsMatchTheirCase() {
        assertThat(InflectionTolerantMatcher.occurs("WHO", TermType.ACRONYM, "the WHO Framework Convention", "en"))
                .isTrue();
        assertThat(InflectionTolerantMatcher.occurs("WHO", TermType.ACRONYM, "persons who paid a bribe", "en"))
                .isFalse();
    }

    @Test
    void aWrongTermInTheGlossaryIsReported() {
        SdgCorpus corpus = new SdgCorpus(Map.of("16-4-title", TARGET_16_4));
        Map<String, String> rightTerms = Map.of(
                "en", "organized crime",
                "fr", "criminalité organisée",
                "es", "delincuencia organizada",
                "ru", "организованная преступность",
                "ar", "الجريمة المنظمة",
                "zh", "有组织犯罪");
        Map<String, String> wrongTerms = new HashMap<>(rightTerms);
        wrongTerms.putAll(Map.of("fr", "crime organisé", "es", "crimen organizado"));
        TbxConcept right = concept("organized-crime", rightTerms);
        TbxConcept wrong = concept("organized-crime", wrongTerms);

        assertThat(SdgConsistencyCheck.run(List.of(right), corpus, List.of()).inconsistencies())
                .isEmpty();
        SdgConsistencyCheck.Result result = SdgConsistencyCheck.run(List.of(wrong), corpus, List.of());
        assertThat(result.conceptsChecked()).isEqualTo(1);
        assertThat(result.inconsistencies())
                .hasSize(2)
                .anySatisfy(m -> assertThat(m).startsWith("organized-crime [fr] 16-4-title"))
                .anySatisfy(m -> assertThat(m).startsWith("organized-crime [es] 16-4-title"));

        var exception = new SdgConsistencyCheck.ExceptionEntry(
                1, "organized-crime", Set.of("fr"), Set.of("16-4-title"), "test");
        SdgConsistencyCheck.Result excused = SdgConsistencyCheck.run(List.of(wrong), corpus, List.of(exception));
        assertThat(excused.inconsistencies()).singleElement().asString().startsWith("organized-crime [es]");
        assertThat(excused.usedCases()).containsExactly("line 1: organized-crime [fr] 16-4-title");
    }

    @Test
    void shippedGlossaryAgreesWithTheSdgWordingInAllSixLanguages() throws IOException {
        Path folder = SdgCorpus.defaultLocation();
        assertThat(folder).as("the SDG texts in the repository").isDirectory();
        SdgCorpus corpus = SdgCorpus.load(folder);
        assertThat(corpus.sentences()).hasSizeGreaterThan(400);
        List<SdgConsistencyCheck.ExceptionEntry> exceptions = SdgConsistencyCheck.readExceptions(EXCEPTIONS);

        SdgConsistencyCheck.Result result = SdgConsistencyCheck.run(shipped(), corpus, exceptions);

        assertThat(result.conceptsChecked())
                .as("concepts whose English term occurs in the SDG texts")
                .isGreaterThan(50);
        assertThat(result.inconsistencies())
                .as("glossary terms missing from the aligned SDG sentence; fix the term, "
                        + "add a UN-attested admitted term, or add an exception with a reason to " + EXCEPTIONS)
                .isEmpty();
        List<String> unused = new ArrayList<>();
        exceptions.forEach(e ->
                e.cases().stream().filter(c -> !result.usedCases().contains(c)).forEach(unused::add));
        assertThat(unused)
                .as("exceptions that no longer excuse anything; remove them from " + EXCEPTIONS)
                .isEmpty();
    }

    @Test
    void exceptionsAreFewAndNameShippedConceptsAndRealSdgKeys() throws IOException {
        List<SdgConsistencyCheck.ExceptionEntry> exceptions = SdgConsistencyCheck.readExceptions(EXCEPTIONS);
        Set<String> ids = shipped().stream().map(TbxConcept::id).collect(Collectors.toSet());
        assertThat(exceptions).hasSizeLessThanOrEqualTo(50).allSatisfy(e -> {
            assertThat(ids).as("line %d", e.line()).contains(e.conceptId());
            assertThat(SdgConsistencyCheck.OTHER_LANGUAGES)
                    .as("line %d", e.line())
                    .containsAll(e.languages());
            assertThat(e.reason()).as("line %d", e.line()).hasSizeGreaterThan(10);
        });
        Map<String, Long> perConcept = exceptions.stream()
                .collect(Collectors.groupingBy(
                        SdgConsistencyCheck.ExceptionEntry::conceptId, LinkedHashMap::new, Collectors.counting()));
        assertThat(perConcept.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(4));
        Path folder = SdgCorpus.defaultLocation();
        if (Files.isDirectory(folder)) {
            Set<String> keys = SdgCorpus.load(folder).sentences().keySet();
            assertThat(exceptions)
                    .allSatisfy(e -> assertThat(keys).as("line %d", e.line()).containsAll(e.keys()));
        }
    }

    private static TbxConcept concept(String id, Map<String, String> preferred) {
        List<TermDraft> terms = new ArrayList<>();
        SdgCorpus.LANGUAGES.forEach(
                lang -> terms.add(TermDraft.of(lang, preferred.get(lang), TermType.FULL_FORM, UsageStatus.PREFERRED)));
        return new TbxConcept(id, List.of("organized crime"), Map.of(), List.of(), List.of(), terms);
    }
}
