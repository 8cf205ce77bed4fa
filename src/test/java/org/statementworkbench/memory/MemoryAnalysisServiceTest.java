package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;

/**
 * The analysis and pre-translation of a statement built from SDG targets against a memory holding some of them:
 * exact (100), in context (101), fuzzy, no match and a repetition; pre-translation fills only empty targets, as
 * drafts, noting the match, and only for people who may edit the language. Wording: SDG targets 16.1-16.3 and 14.1.
 */
@SpringBootTest
class MemoryAnalysisServiceTest {

    private static final String EN_16_1 =
            "Significantly reduce all forms of violence and related death rates everywhere";
    private static final String FR_16_1 = "Réduire nettement, partout dans le monde, toutes les formes de violence et"
            + " les taux de mortalité qui y sont associés";
    private static final String EN_16_2 =
            "End abuse, exploitation, trafficking and all forms of violence against and" + " torture of children";
    private static final String FR_16_2 = "Mettre un terme à la maltraitance, à l’exploitation et à la traite, et à"
            + " toutes les formes de violence et de torture dont sont victimes les enfants";
    private static final String EN_16_3 = "Promote the rule of law at the national and international levels and"
            + " ensure equal access to justice for all";
    private static final String FR_16_3 = "Promouvoir l’état de droit dans l’ordre interne et international et"
            + " garantir à tous un égal accès à la justice";
    /** 16.2 without "exploitation,": a fuzzy match of it. */
    private static final String EN_16_2_SHORTER =
            "End abuse, trafficking and all forms of violence against and torture of children";
    /** In no memory. */
    private static final String EN_14_1 = "By 2025, prevent and significantly reduce marine pollution of all kinds, in"
            + " particular from land-based activities, including marine debris and nutrient pollution";

    @Autowired
    MemoryAnalysisService analysis;

    @Autowired
    PreTranslationService preTranslation;

    @Autowired
    MemoryService memory;

    @Autowired
    MemoryFixture fixture;

    @Autowired
    TestData data;

    private long statement;

    /**
     * The memory holds 16.3, then 16.1 (after 16.3), then 16.2, in French; the statement reads 16.3, 16.1 (after
     * 16.3 again: in context), 16.2 shortened, 14.1 and 16.3 once more.
     */
    @BeforeEach
    void memoryAndStatement() {
        long earlier = data.statement(TestData.unique("Earlier"))
                .into(UnLanguage.FR)
                .paragraphs(EN_16_3, EN_16_1, EN_16_2)
                .create();
        List<SegmentRow> rows = data.asAdmin(() -> data.rows(earlier, UnLanguage.FR));
        TranslationMemory tm = fixture.memory("Analysis");
        long[] ids = rows.stream().mapToLong(SegmentRow::segmentId).toArray();
        fixture.unit(tm, earlier, ids[0], null, Map.of(UnLanguage.EN, EN_16_3, UnLanguage.FR, FR_16_3));
        fixture.unit(tm, earlier, ids[1], ids[0], Map.of(UnLanguage.EN, EN_16_1, UnLanguage.FR, FR_16_1));
        fixture.unit(tm, earlier, ids[2], ids[1], Map.of(UnLanguage.EN, EN_16_2, UnLanguage.FR, FR_16_2));
        fixture.indexed();
        statement = data.statement(TestData.unique("Analysed"))
                .into(UnLanguage.FR, UnLanguage.AR)
                .paragraphs(EN_16_3, EN_16_1, EN_16_2_SHORTER, EN_14_1, EN_16_3)
                .create();
    }

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    @Test
    void segmentsAndWordsFallInTheirBandsPerLanguageAndInTotal() {
        TestSignIn.as(data.translator(TestData.unique("an-tr"), "Claire Dubois", UnLanguage.FR), Role.TRANSLATOR);
        int fuzzy = memory.matches(UnLanguage.EN, UnLanguage.FR, EN_16_2_SHORTER, EN_16_1, 1, 50)
                .getFirst()
                .score();
        assertThat(fuzzy).isBetween(75, 99);
        List<Integer> reported = new ArrayList<>();

        MemoryAnalysis result = analysis.analyse(statement, List.of(UnLanguage.FR, UnLanguage.AR), (done, total) -> {
            reported.add(done);
            return true;
        });

        assertThat(result.cancelled()).isFalse();
        assertThat(reported).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(result.languages())
                .extracting(MemoryAnalysis.LanguageAnalysis::language)
                .containsExactly(UnLanguage.AR, UnLanguage.FR); // in the UN order of languages
        MemoryAnalysis.LanguageAnalysis french = result.languages().get(1);
        // 16.3 (19 words) at 100, 16.1 (11 words) in context, 16.2 shortened (13 words) fuzzy, 14.1 (23 words)
        // without a match, 16.3 again a repetition
        assertThat(french.band(MatchBand.EXACT)).isEqualTo(new MemoryAnalysis.Count(1, 19));
        assertThat(french.band(MatchBand.IN_CONTEXT)).isEqualTo(new MemoryAnalysis.Count(1, 11));
        assertThat(french.band(MatchBand.of(fuzzy))).isEqualTo(new MemoryAnalysis.Count(1, 13));
        assertThat(french.band(MatchBand.NO_MATCH)).isEqualTo(new MemoryAnalysis.Count(1, 23));
        assertThat(french.band(MatchBand.REPETITION)).isEqualTo(new MemoryAnalysis.Count(1, 19));
        assertThat(french.total()).isEqualTo(new MemoryAnalysis.Count(5, 85));
        // nothing in Arabic: all new but the repetition
        MemoryAnalysis.LanguageAnalysis arabic = result.languages().getFirst();
        assertThat(arabic.band(MatchBand.NO_MATCH)).isEqualTo(new MemoryAnalysis.Count(4, 66));
        assertThat(arabic.band(MatchBand.REPETITION)).isEqualTo(new MemoryAnalysis.Count(1, 19));
        assertThat(result.total().band(MatchBand.NO_MATCH)).isEqualTo(new MemoryAnalysis.Count(5, 89));
        assertThat(result.total().total()).isEqualTo(new MemoryAnalysis.Count(10, 170));

        String[] csv = result.toCsv().split("\r\n");
        assertThat(csv).hasSize(4);
        assertThat(csv[0])
                .startsWith("Language,101% segments,101% words,100% segments,100% words,95–99% segments")
                .endsWith("Repetitions segments,Repetitions words,Total segments,Total words");
        assertThat(csv[1]).startsWith("Arabic,0,0,0,0,").endsWith(",4,66,1,19,5,85");
        assertThat(csv[2]).startsWith("French,1,11,1,19,").endsWith(",1,19,5,85");
        assertThat(csv[3]).startsWith("Total,1,11,1,19,").endsWith(",5,89,2,38,10,170");
    }

    @Test
    void anAnalysisStopsWhenTheWatcherSaysSo() {
        TestSignIn.as(data.translator(TestData.unique("an-tr"), "Claire Dubois", UnLanguage.FR), Role.TRANSLATOR);
        MemoryAnalysis result = analysis.analyse(statement, List.of(UnLanguage.FR), (done, total) -> done < 2);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.languages().getFirst().total().segments()).isEqualTo(2);
    }

    @Test
    void theLanguagesMustBeTheStatementsAndTheAnalystSignedIn() {
        assertThatThrownBy(() -> analysis.analyse(statement, List.of(UnLanguage.FR), MemoryProgress.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestSignIn.as(data.translator(TestData.unique("an-tr"), "Claire Dubois", UnLanguage.FR), Role.TRANSLATOR);
        assertThatThrownBy(() -> analysis.analyse(statement, List.of(UnLanguage.RU), MemoryProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Russian");
    }

    @Test
    void preTranslationFillsOnlyEmptyTargetsAsDraftsMarkedFromTheMemory() {
        String translator = data.translator(TestData.unique("pt-tr"), "Claire Dubois", UnLanguage.FR);
        TestSignIn.as(translator, Role.TRANSLATOR);
        List<SegmentRow> before = data.rows(statement, UnLanguage.FR);
        // the translator's own text for 16.1, which has a 101 match: it stays
        data.translate(before.get(1).segmentId(), UnLanguage.FR, "Réduire nettement la violence", SegmentStatus.DRAFT);

        PreTranslationResult exact = preTranslation.preTranslate(
                statement, List.of(UnLanguage.FR), PreTranslationService.DEFAULT_THRESHOLD, MemoryProgress.NONE);

        assertThat(exact.languages())
                .containsExactly(new PreTranslationResult.LanguageResult(UnLanguage.FR, 2, 1, 2, 0));
        assertThat(exact.filled()).isEqualTo(2);
        assertThat(exact.skipped()).isEqualTo(3);
        List<SegmentRow> after = data.rows(statement, UnLanguage.FR);
        assertThat(after)
                .extracting(r -> r.target().text())
                .containsExactly(FR_16_3, "Réduire nettement la violence", "", "", FR_16_3);
        assertThat(after.getFirst().target().status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(after.getFirst().target().updatedBy()).isEqualTo(translator);
        assertThat(after.getFirst().target().memoryScore())
                .as("marked as from the memory")
                .isEqualTo(100);
        assertThat(after.get(1).target().memoryScore())
                .as("the translator's own text")
                .isNull();

        // a lower threshold brings the fuzzy match; what is filled already stays as it is
        PreTranslationResult fuzzy =
                preTranslation.preTranslate(statement, List.of(UnLanguage.FR), 75, MemoryProgress.NONE);
        assertThat(fuzzy.languages())
                .containsExactly(new PreTranslationResult.LanguageResult(UnLanguage.FR, 1, 3, 1, 0));
        assertThat(data.rows(statement, UnLanguage.FR))
                .extracting(r -> r.target().text())
                .containsExactly(FR_16_3, "Réduire nettement la violence", FR_16_2, "", FR_16_3);
    }

    @Test
    void onlyPeopleWhoMayEditEveryLanguageMayPreTranslate() {
        TestSignIn.as(data.translator(TestData.unique("pt-tr"), "Claire Dubois", UnLanguage.FR), Role.TRANSLATOR);
        // French is theirs, Arabic is not: refused before anything is filled
        assertThatThrownBy(() -> preTranslation.preTranslate(
                        statement, List.of(UnLanguage.FR, UnLanguage.AR), 100, MemoryProgress.NONE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Arabic");
        TestSignIn.as(data.reviewer(TestData.unique("pt-rev"), "Omar Haddad", UnLanguage.AR), Role.REVIEWER);
        assertThatThrownBy(
                        () -> preTranslation.preTranslate(statement, List.of(UnLanguage.FR), 100, MemoryProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(data.glossaryManager(TestData.unique("pt-gm"), "Li Wei"), Role.GLOSSARY_MANAGER);
        assertThatThrownBy(
                        () -> preTranslation.preTranslate(statement, List.of(UnLanguage.FR), 100, MemoryProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.asAdmin(() -> data.rows(statement, UnLanguage.FR)))
                .allSatisfy(r -> assertThat(r.target().text()).isEmpty());
        TestSignIn.out();
        assertThatThrownBy(
                        () -> preTranslation.preTranslate(statement, List.of(UnLanguage.FR), 100, MemoryProgress.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestSignIn.as(data.translator(TestData.unique("pt-tr"), "Claire Dubois", UnLanguage.FR), Role.TRANSLATOR);
        assertThatThrownBy(
                        () -> preTranslation.preTranslate(statement, List.of(UnLanguage.FR), 40, MemoryProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
    }
}
