package org.statementworkbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

    private static Arguments term(String why, String term, String text, String language, boolean found) {
        return Arguments.of(why, term, TermType.FULL_FORM, text, language, found);
    }

    static Stream<Arguments> occurrences() {
        return Stream.of(
                // Right terms, inflected in the sentence.
                term("16.4 en", "organized crime", TARGET_16_4.get("en"), "en", true),
                term("16.4 fr", "criminalité organisée", TARGET_16_4.get("fr"), "fr", true),
                term("16.4 es", "delincuencia organizada", TARGET_16_4.get("es"), "es", true),
                term("16.4 ru", "организованная преступность", TARGET_16_4.get("ru"), "ru", true),
                term("16.4 ar", "الجريمة المنظمة", TARGET_16_4.get("ar"), "ar", true),
                term("16.4 zh", "有组织犯罪", TARGET_16_4.get("zh"), "zh", true),
                term("16.4 ru, stolen assets", "похищенные активы", TARGET_16_4.get("ru"), "ru", true),
                term(
                        "tatweel ignored",
                        "التدفقات المالية غير المشروعة",
                        "نسبة التدفقات المالية غير المشـروعة",
                        "ar",
                        true),
                term("ru hyphenated compound", "государства-члены", "призывает государств-членов", "ru", true),
                term("ar preposition", "الدول الأعضاء", "يدعو للدول الأعضاء", "ar", true),
                term(
                        "article between words",
                        "femmes et filles",
                        "l’autonomisation des femmes et des filles",
                        "fr",
                        true),
                // Wrong terms are not found, however tolerant the matching.
                term("16.4 fr, wrong term", "crime organisé", TARGET_16_4.get("fr"), "fr", false),
                term("16.4 fr, absent term", "terrorisme", TARGET_16_4.get("fr"), "fr", false),
                term("16.4 es, wrong term", "crimen organizado", TARGET_16_4.get("es"), "es", false),
                term("16.4 ru, longer term", "организованная преступная группа", TARGET_16_4.get("ru"), "ru", false),
                term("16.4 ru, absent term", "торговля людьми", TARGET_16_4.get("ru"), "ru", false),
                term("16.4 ar, absent term", "الإرهاب", TARGET_16_4.get("ar"), "ar", false),
                term("16.4 zh, absent term", "恐怖主义", TARGET_16_4.get("zh"), "zh", false),
                term("16.4 en, absent term", "terrorism", TARGET_16_4.get("en"), "en", false),
                term("16.4 en, longer term", "organized criminal group", TARGET_16_4.get("en"), "en", false),
                // Words must follow one another: "financial ... flows" is not "financial flows".
                term("words must follow one another", "financial flows", TARGET_16_4.get("en"), "en", false),
                // Acronyms match case and all: WHO is not "who".
                Arguments.of("acronym in lower case", "WHO", TermType.ACRONYM, "persons who paid a bribe", "en", false),
                Arguments.of("acronym", "WHO", TermType.ACRONYM, "the WHO Framework Convention", "en", true),
                // A hyphenated English compound is one word: "multi-stakeholder" does not contain "stakeholder".
                term("hyphenated compound is one word", "stakeholders", "multi-stakeholder partnerships", "en", false));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" found: {5}")
    @MethodSource("occurrences")
    void inflectedFormsAreFoundAndWrongTermsAreNot(
            String why, String term, TermType type, String text, String language, boolean found) {
        assertThat(InflectionTolerantMatcher.occurs(term, type, text, language))
                .as(why)
                .isEqualTo(found);
    }

    @Test
    void aWrongTermInTheGlossaryIsReported() {
        SdgCorpus corpus = new SdgCorpus(Map.of("16-4-title", TARGET_16_4));
        TbxConcept right = concept(
                "organized-crime",
                Map.of(
                        "en",
                        "organized crime",
                        "fr",
                        "criminalité organisée",
                        "es",
                        "delincuencia organizada",
                        "ru",
                        "организованная преступность",
                        "ar",
                        "الجريمة المنظمة",
                        "zh",
                        "有组织犯罪"));
        TbxConcept wrong = concept(
                "organized-crime",
                Map.of(
                        "en",
                        "organized crime",
                        "fr",
                        "crime organisé",
                        "es",
                        "crimen organizado",
                        "ru",
                        "организованная преступность",
                        "ar",
                        "الجريمة المنظمة",
                        "zh",
                        "有组织犯罪"));

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
