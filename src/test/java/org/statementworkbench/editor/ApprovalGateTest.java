package org.statementworkbench.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statementworkbench.TestData.COUNCIL_SENTENCE;
import static org.statementworkbench.TestData.COUNCIL_TERM_MISSING;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.ApprovalBlockedException;
import org.statementworkbench.statement.ApprovalOverride;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * The approval gate on MariaDB with the shipped glossary: term errors block Approved unless a reviewer overrides
 * with a justification, which the revision history and the terminology report keep; lower statuses never block.
 */
@SpringBootTest
class ApprovalGateTest {

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    @Autowired
    TerminologyReportService reports;

    String translator = "";
    String reviewer = "";
    long statementId;
    long segment;
    long clean;

    @BeforeEach
    void statementAndUsers() {
        translator = data.translator(TestData.unique("gate-tr"), "Claire Dubois", UnLanguage.FR);
        reviewer = data.reviewer(TestData.unique("gate-rev"), "Jean Martin", UnLanguage.FR);
        statementId = data.statement(TestData.unique("Gate"))
                .body("Security Council")
                .by("France")
                .into(UnLanguage.FR, UnLanguage.RU)
                .paragraphs(COUNCIL_SENTENCE, "The Security Council met today.")
                .create();
        // these tests are about the gate: one reviewer writes and approves
        data.fourEyesOff(statementId);
        List<SegmentRow> rows = data.asAdmin(() -> data.rows(statementId, UnLanguage.FR));
        segment = rows.get(0).segmentId();
        clean = rows.get(1).segmentId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TranslationState save(long id, String text, SegmentStatus status) {
        long base = data.rows(statementId, UnLanguage.FR).stream()
                .filter(r -> r.segmentId() == id)
                .findFirst()
                .orElseThrow()
                .target()
                .version();
        return translations.save(new SaveTranslation(id, UnLanguage.FR, text, status, base));
    }

    @Test
    void approvingATargetThatLacksTheApprovedTermIsRefusedAndNothingIsSaved() {
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThatThrownBy(() -> save(segment, COUNCIL_TERM_MISSING, SegmentStatus.APPROVED))
                .isInstanceOfSatisfying(ApprovalBlockedException.class, e -> {
                    assertThat(e.mayOverride()).isTrue();
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.check()).hasToString("term.missing");
                        assertThat(p.message()).contains("Security Council", "Conseil de sécurité");
                    });
                });
        assertThat(translations.history(segment, UnLanguage.FR)).isEmpty();
    }

    @Test
    void draftTranslatedAndReviewedSavesAreNeverBlocked() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThat(save(segment, COUNCIL_TERM_MISSING, SegmentStatus.DRAFT).status())
                .isEqualTo(SegmentStatus.DRAFT);
        assertThat(save(segment, COUNCIL_TERM_MISSING + " ", SegmentStatus.TRANSLATED)
                        .status())
                .isEqualTo(SegmentStatus.TRANSLATED);
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThat(save(segment, COUNCIL_TERM_MISSING, SegmentStatus.REVIEWED).status())
                .isEqualTo(SegmentStatus.REVIEWED);
    }

    /** Approving the French translation that lacks the term, over the segment's first version. */
    private SaveTranslation approvalWithoutTheTerm() {
        return new SaveTranslation(
                segment, UnLanguage.FR, COUNCIL_TERM_MISSING, SegmentStatus.APPROVED, TranslationState.UNSAVED_VERSION);
    }

    @Test
    void aTranslatorCannotOverride() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        var request = approvalWithoutTheTerm();
        assertThatThrownBy(() -> translations.approveOverriding(request, "The council is named in full above."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> translations.save(request)).isInstanceOf(AccessDeniedException.class);
        assertThat(translations.history(segment, UnLanguage.FR)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"   ", "ok"})
    void aBlankOrTooShortJustificationIsRefused(String justification) {
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThatThrownBy(() -> translations.approveOverriding(approvalWithoutTheTerm(), justification))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("justification");
        assertThat(translations.history(segment, UnLanguage.FR)).isEmpty();
    }

    @Test
    void aReviewerOverridesWithAJustificationKeptInTheHistoryAndTheReport() {
        TestSignIn.as(reviewer, Role.REVIEWER);
        String why = "The Council was named in full in the previous sentence, so the short form is UN style.";
        TranslationState state = translations.approveOverriding(approvalWithoutTheTerm(), "  " + why + " ");

        assertThat(state.status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(translations.history(segment, UnLanguage.FR).getFirst().overrideJustification())
                .isEqualTo(why);
        assertThat(translations.overrides(statementId, null)).singleElement().satisfies(o -> {
            assertThat(o.overriddenBy()).isEqualTo(reviewer);
            assertThat(o.segmentNumber()).isEqualTo(1);
            assertThat(o.language()).isEqualTo(UnLanguage.FR);
            assertThat(o.overriddenProblems()).singleElement().satisfies(p -> {
                assertThat(p.check()).isEqualTo(CheckId.term("missing"));
                assertThat(p.severity()).isEqualTo(org.statementworkbench.base.checks.Severity.ERROR);
                assertThat(p.message()).contains("Security Council", "Conseil de sécurité");
            });
            assertThat(o.describedProblems())
                    .singleElement()
                    .asString()
                    .startsWith("term.missing: ")
                    .contains("Conseil de sécurité");
        });
        assertThat(translations.overrides(statementId, UnLanguage.FR)).hasSize(1);
        assertThat(translations.overrides(statementId, UnLanguage.RU)).isEmpty();

        TestSignIn.as(translator, Role.TRANSLATOR);
        TerminologyReport report = reports.report(statementId, UnLanguage.FR, f -> {});
        LanguageTermReport french = report.languages().getFirst();
        assertThat(french.language()).isEqualTo(UnLanguage.FR);
        assertThat(french.overrides()).hasSize(1);
        assertThat(french.issues())
                .filteredOn(i -> i.segmentNumber() == 1)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.check()).hasToString("term.missing");
                    assertThat(i.severity()).isEqualTo(Severity.ERROR);
                    assertThat(i.sourceExcerpt()).contains("Security Council");
                    assertThat(i.targetExcerpt()).isEqualTo(COUNCIL_TERM_MISSING);
                    assertThat(i.override())
                            .isNotNull()
                            .extracting(ApprovalOverride::justification)
                            .isEqualTo(why);
                });
        assertThat(french.countsByCheck()).containsEntry(CheckId.parse("term.missing"), 1);

        String csv = TerminologyReportFiles.csv(report);
        assertThat(csv)
                .startsWith(TerminologyReportFiles.CSV_HEADER + "\r\n")
                .contains("fr,1,term.missing,ERROR,", reviewer, "\"" + why.replace("\"", "\"\"") + "\"");
        String html = TerminologyReportFiles.html(report);
        assertThat(html).contains("<h2>French</h2>", why, reviewer, "term.missing");
    }

    @Test
    void aCleanSegmentApprovesWithoutOverride() {
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThat(save(segment, "Le Conseil de sécurité a adopté la résolution.", SegmentStatus.APPROVED)
                        .status())
                .isEqualTo(SegmentStatus.APPROVED);
        assertThat(translations.history(segment, UnLanguage.FR).getFirst().overrideJustification())
                .isNull();
        assertThat(translations.overrides(statementId, UnLanguage.FR)).isEmpty();
    }

    @Test
    void theReportCoversEveryLanguageAndUntranslatedSegmentsRaiseNoTargetIssues() {
        TestSignIn.as(reviewer, Role.REVIEWER);
        save(segment, COUNCIL_TERM_MISSING, SegmentStatus.REVIEWED);
        save(clean, "Le Conseil de sécurité s'est réuni aujourd'hui.", SegmentStatus.REVIEWED);
        TerminologyReport report = reports.report(statementId, null, f -> {});
        assertThat(report.languages())
                .extracting(LanguageTermReport::language)
                .containsExactly(UnLanguage.FR, UnLanguage.RU);
        assertThat(report.languages().get(0).issues())
                .extracting(ReportedIssue::segmentNumber)
                .containsExactly(1);
        assertThat(report.languages().get(1).issues()).isEmpty();
    }

    @Test
    void csvAndHtmlEscapeWhatTheyWrite() {
        assertThat(TerminologyReportFiles.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TerminologyReportFiles.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(TerminologyReportFiles.esc("<script>&\"'")).isEqualTo("&lt;script&gt;&amp;&quot;&#39;");
    }
}
