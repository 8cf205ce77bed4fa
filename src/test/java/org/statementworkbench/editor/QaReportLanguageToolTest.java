package org.statementworkbench.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.qa.CheckProfile.Level;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;

/**
 * LanguageTool in the statement QA report, on request: SDG goal 1, target 16.6 and goal 5 as the UN publishes them in
 * French and Russian, with one deliberate error each in two French texts and in the Russian of goal 1 (the golden
 * sentences of the language check's tests). Its issues are listed per segment with the other checks', counted per
 * check and severity, exported as CSV and HTML; matches ignored in the editor, issues ignored with a reason, rules
 * switched off and the check profile are honoured.
 */
@SpringBootTest
class QaReportLanguageToolTest {

    static final String GOAL_1 = "End poverty in all its forms everywhere";
    static final String TARGET_16_6 = "Develop effective, accountable and transparent institutions at all levels";
    static final String GOAL_5 = "Achieve gender equality and empower all women and girls";

    /** "pauvreté" without its accent: FR_SPELLING_RULE. */
    static final String GOAL_1_FR = "Éliminer la pauvrete sous toutes ses formes et partout dans le monde";

    /** "efficaces" made singular: AGREEMENT_PARTICULAR. */
    static final String TARGET_16_6_FR =
            "Mettre en place des institutions efficace, responsables et transparentes à tous les niveaux";

    static final String GOAL_5_FR = "Parvenir à l’égalité des sexes et autonomiser toutes les femmes et les filles";

    /** "нищеты" misspelt: MORFOLOGIK_RULE_RU_RU. */
    static final String GOAL_1_RU = "Повсеместная ликвидация нищиты во всех ее формах";

    static final CheckId FR_SPELLING = CheckId.languageTool("FR_SPELLING_RULE");
    static final CheckId FR_AGREEMENT = CheckId.languageTool("AGREEMENT_PARTICULAR");
    static final CheckId RU_SPELLING = CheckId.languageTool("MORFOLOGIK_RULE_RU_RU");

    @Autowired
    TestData data;

    @Autowired
    TerminologyReportService reports;

    @Autowired
    CheckProfileService profiles;

    @Autowired
    LanguageRuleService rules;

    @Autowired
    IssueIgnoreService ignores;

    long statementId;
    List<SegmentRow> rows;

    @BeforeEach
    void statement() {
        String reviewer = data.reviewer(TestData.unique("qa-report-lt"), "Olga Ivanova", UnLanguage.FR, UnLanguage.RU);
        data.languageChecksReady(UnLanguage.FR, UnLanguage.RU);
        statementId = data.statement(TestData.unique("QA report with LanguageTool"))
                .into(UnLanguage.FR, UnLanguage.RU)
                .paragraphs(GOAL_1, TARGET_16_6, GOAL_5)
                .create();
        TestSignIn.as(reviewer, Role.REVIEWER);
        rows = data.rows(statementId, UnLanguage.FR);
        assertThat(rows).hasSize(3);
        data.translate(rows.get(0).segmentId(), UnLanguage.FR, GOAL_1_FR, SegmentStatus.TRANSLATED);
        data.translate(rows.get(1).segmentId(), UnLanguage.FR, TARGET_16_6_FR, SegmentStatus.TRANSLATED);
        data.translate(rows.get(2).segmentId(), UnLanguage.FR, GOAL_5_FR, SegmentStatus.TRANSLATED);
        data.translate(rows.get(0).segmentId(), UnLanguage.RU, GOAL_1_RU, SegmentStatus.TRANSLATED);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static List<String> languageToolIssues(LanguageTermReport l) {
        return l.issues().stream()
                .filter(i -> i.check().isIn(CheckId.LANGUAGE_TOOL))
                .map(i -> i.segmentNumber() + " " + i.check() + " "
                        + i.severity().label() + (i.ignored() ? " ignored" : ""))
                .toList();
    }

    private static LanguageTermReport of(TerminologyReport report, UnLanguage language) {
        return report.languages().stream()
                .filter(l -> l.language() == language)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void languageToolIssuesAreListedCountedAndExportedWithProgressPerSegment() {
        // a rule switched off in this statement alone gives it rule settings of its own: nothing comes from the
        // check service's cache, every text is checked now and moves the progress on
        for (UnLanguage language : List.of(UnLanguage.FR, UnLanguage.RU)) {
            rules.switchOffForStatement(statementId, language, "UN_TEST_FRESH_" + System.nanoTime(), "test");
        }
        List<Double> progress = new CopyOnWriteArrayList<>();
        TerminologyReport report = reports.report(statementId, null, true, progress::add);

        assertThat(report.languageTool()).isTrue();
        LanguageTermReport french = of(report, UnLanguage.FR);
        assertThat(languageToolIssues(french))
                .containsExactly("1 lt.FR_SPELLING_RULE error", "2 lt.AGREEMENT_PARTICULAR error");
        assertThat(french.issues())
                .filteredOn(i -> i.check().equals(FR_SPELLING))
                .singleElement()
                .satisfies(i -> assertThat(i.targetExcerpt()).startsWith("Éliminer la pauvrete sous"));
        assertThat(french.notCheckedByLanguageTool()).isZero();
        assertThat(languageToolIssues(of(report, UnLanguage.RU))).containsExactly("1 lt.MORFOLOGIK_RULE_RU_RU error");
        assertThat(report.countsByCheckAndSeverity())
                .containsEntry(FR_SPELLING, Map.of(Severity.ERROR, 1))
                .containsEntry(FR_AGREEMENT, Map.of(Severity.ERROR, 1))
                .containsEntry(RU_SPELLING, Map.of(Severity.ERROR, 1));

        // four texts, each answered on its own: the share moves between reading (0.4) and the reports (0.9)
        assertThat(progress.stream().filter(f -> f > 0.4 && f < 0.9).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(progress).isSorted().last().isEqualTo(1.0);

        assertThat(TerminologyReportFiles.csv(report).lines())
                .anyMatch(l -> l.startsWith("fr,1,lt.FR_SPELLING_RULE,ERROR,"))
                .anyMatch(l -> l.startsWith("fr,2,lt.AGREEMENT_PARTICULAR,ERROR,"))
                .anyMatch(l -> l.startsWith("ru,1,lt.MORFOLOGIK_RULE_RU_RU,ERROR,") && l.contains("нищиты"));
        assertThat(TerminologyReportFiles.html(report))
                .contains("LanguageTool: included")
                .contains("<tr><td>lt.FR_SPELLING_RULE</td><td>1</td><td>0</td><td>0</td></tr>")
                .contains("<tr><td>lt.MORFOLOGIK_RULE_RU_RU</td><td>1</td><td>0</td><td>0</td></tr>");

        // without the option, no LanguageTool issue
        TerminologyReport plain = reports.report(statementId, null, f -> {});
        assertThat(plain.languageTool()).isFalse();
        assertThat(plain.languages())
                .allSatisfy(l -> assertThat(languageToolIssues(l)).isEmpty());
        assertThat(TerminologyReportFiles.html(plain)).contains("LanguageTool: not included");
    }

    @Test
    void aReportNoLongerWantedStopsItsLanguageToolCheck() {
        rules.switchOffForStatement(statementId, UnLanguage.FR, "UN_TEST_FRESH_" + System.nanoTime(), "test");
        List<Double> progress = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> reports.report(statementId, UnLanguage.FR, true, progress::add, () -> true))
                .isInstanceOf(CancellationException.class);
        // it stopped while LanguageTool checked: the reports of the languages were never made
        assertThat(progress).allMatch(f -> f <= 0.9);
    }

    @Test
    void ignoresRuleSwitchesAndTheCheckProfileApplyToLanguageToolAsToTheOtherChecks() {
        // ignored with a reason (in the issues panel or the popover, one way): listed with its reason, not counted
        ignores.ignore(
                rows.get(1).segmentId(),
                UnLanguage.FR,
                new IgnoreKey(FR_AGREEMENT, "efficace", "", ""),
                "The delegation's wording, kept on purpose.");
        ignores.ignore(
                rows.get(0).segmentId(),
                UnLanguage.FR,
                new IgnoreKey(FR_SPELLING, "pauvrete", "", ""),
                "Quoted as the delegation wrote it in its draft.");
        TerminologyReport report = reports.report(statementId, UnLanguage.FR, true, f -> {});
        LanguageTermReport french = report.languages().getFirst();
        assertThat(languageToolIssues(french))
                .containsExactlyInAnyOrder(
                        "1 lt.FR_SPELLING_RULE error ignored", "2 lt.AGREEMENT_PARTICULAR error ignored");
        assertThat(french.ignoredCount()).isEqualTo(2);
        assertThat(french.countsByCheck()).doesNotContainKeys(FR_SPELLING, FR_AGREEMENT);
        assertThat(TerminologyReportFiles.csv(report).lines())
                .anyMatch(l -> l.startsWith("fr,1,lt.FR_SPELLING_RULE,ERROR,")
                        && l.endsWith(",Quoted as the delegation wrote it in its draft."));
        assertThat(TerminologyReportFiles.html(report)).contains("Quoted as the delegation wrote it in its draft.");

        // the profile rates the lt family, and switches single rules or the whole family off
        profiles.save(statementId, CheckProfile.UN_DEFAULT.with("lt", Level.WARNING));
        assertThat(languageToolIssues(of(reports.report(statementId, null, true, f -> {}), UnLanguage.RU)))
                .containsExactly("1 lt.MORFOLOGIK_RULE_RU_RU warning");
        profiles.save(statementId, CheckProfile.UN_DEFAULT.with(RU_SPELLING.toString(), Level.OFF));
        assertThat(languageToolIssues(of(reports.report(statementId, null, true, f -> {}), UnLanguage.RU)))
                .isEmpty();
        profiles.save(statementId, CheckProfile.UN_DEFAULT.with("lt", Level.OFF));
        assertThat(reports.report(statementId, null, true, f -> {}).languages())
                .allSatisfy(l -> assertThat(languageToolIssues(l)).isEmpty());

        // a rule switched off for the statement does not fire
        profiles.save(statementId, CheckProfile.UN_DEFAULT);
        rules.switchOffForStatement(statementId, UnLanguage.RU, "MORFOLOGIK_RULE_RU_RU", "Russian speller");
        assertThat(languageToolIssues(of(reports.report(statementId, null, true, f -> {}), UnLanguage.RU)))
                .isEmpty();
    }
}
