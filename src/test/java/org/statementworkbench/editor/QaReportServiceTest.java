package org.statementworkbench.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;
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
import org.statementworkbench.comment.CommentService;
import org.statementworkbench.comment.CommentedStatement;
import org.statementworkbench.comment.NewComment;
import org.statementworkbench.comment.ThreadMove;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.qa.CheckProfile.Level;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.SegmentStructureService;
import org.statementworkbench.statement.TranslationService;

/**
 * The statement QA report runs the built-in checks with the term checks over every segment translation, as the check
 * profile runs and rates them: a wrong number in the French of SDG target 3.1 is an error in the report, its CSV and
 * its HTML, counted per check and severity.
 */
@SpringBootTest
class QaReportServiceTest {

    /** SDG targets 3.1 and 3.2 (English source, French as the UN publishes it). */
    static final String MATERNAL =
            "By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births.";

    static final String MATERNAL_FR = "D’ici à 2030, faire passer le taux mondial de mortalité maternelle au-dessous"
            + " de 70 pour 100 000 naissances vivantes.";

    static final String NEONATAL = "By 2030, end preventable deaths of newborns and children under 5 years of age.";

    static final String NEONATAL_FR =
            "D’ici à 2030, éliminer les décès évitables de nouveau-nés et d’enfants de moins de 5 ans.";

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    @Autowired
    TerminologyReportService reports;

    @Autowired
    CheckProfileService profiles;

    @Autowired
    CommentService comments;

    @Autowired
    SegmentStructureService structure;

    long statementId;

    @BeforeEach
    void statement() {
        String reviewer = data.reviewer(TestData.unique("qa-report"), "Jean Martin", UnLanguage.FR, UnLanguage.RU);
        statementId = data.statement(TestData.unique("QA report"))
                .into(UnLanguage.FR, UnLanguage.RU)
                .paragraphs(MATERNAL, NEONATAL)
                .create();
        TestSignIn.as(reviewer, Role.REVIEWER);
        List<SegmentRow> rows = data.rows(statementId, UnLanguage.FR);
        save(rows.get(0), MATERNAL_FR.replace("100 000", "10 000"));
        save(rows.get(1), NEONATAL_FR);
    }

    private void save(SegmentRow row, String text) {
        translations.save(new SaveTranslation(
                row.segmentId(),
                UnLanguage.FR,
                text,
                SegmentStatus.TRANSLATED,
                row.target().version()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWrongNumberInFrenchIsAnErrorOfItsSegmentCountedAndExported() {
        TerminologyReport report = reports.report(statementId, null, f -> {});
        assertThat(report.profile()).isEqualTo(CheckProfile.UN_DEFAULT);
        LanguageTermReport french = report.languages().getFirst();
        assertThat(french.language()).isEqualTo(UnLanguage.FR);
        assertThat(french.issues()).singleElement().satisfies(i -> {
            assertThat(i.segmentNumber()).isEqualTo(1);
            assertThat(i.check()).isEqualTo(CheckId.parse("number.mismatch"));
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.targetExcerpt()).contains("10 000");
        });
        // Russian is untranslated: no target issues
        assertThat(report.languages().get(1).issues()).isEmpty();
        assertThat(report.countsByCheckAndSeverity())
                .containsOnlyKeys(CheckId.parse("number.mismatch"))
                .allSatisfy((check, counts) ->
                        assertThat(counts).containsExactlyEntriesOf(java.util.Map.of(Severity.ERROR, 1)));

        List<String> csv = TerminologyReportFiles.csv(report).lines().toList();
        assertThat(csv.getFirst().split(","))
                .containsExactly(
                        "language",
                        "segment",
                        "check",
                        "severity",
                        "message",
                        "source",
                        "target",
                        "override_by",
                        "override_at",
                        "justification",
                        "ignored_by",
                        "ignore_reason");
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).startsWith("fr,1,number.mismatch,ERROR,");

        String html = TerminologyReportFiles.html(report);
        assertThat(html)
                .contains("<title>QA report: ")
                .contains("Check profile: UN default")
                .contains("<tr><td>number.mismatch</td><td>1</td><td>0</td><td>0</td></tr>");
    }

    @Test
    void theProfileDemotesAndSwitchesOffWhatTheReportLists() {
        profiles.save(statementId, CheckProfile.UN_DEFAULT.with("number", Level.WARNING));
        TerminologyReport demoted = reports.report(statementId, UnLanguage.FR, f -> {});
        assertThat(demoted.languages())
                .singleElement()
                .satisfies(l -> assertThat(l.issues())
                        .extracting(i -> i.check() + " " + i.severity().label())
                        .containsExactly("number.mismatch warning"));
        assertThat(TerminologyReportFiles.html(demoted)).contains("Check profile: number: warning");

        profiles.save(statementId, CheckProfile.UN_DEFAULT.with("number", Level.OFF));
        assertThat(reports.report(statementId, UnLanguage.FR, f -> {})
                        .languages()
                        .getFirst()
                        .issues())
                .isEmpty();
    }

    @Test
    void theCommentsOfTheReportedLanguagesAndOfAllLanguagesAreInTheReport() {
        List<SegmentRow> rows = data.rows(statementId, UnLanguage.FR);
        comments.add(NewComment.thread(
                rows.get(0).segmentId(), UnLanguage.FR, "<b>100 000</b>, pas 10 000 : voir la cible 3.1."));
        comments.add(NewComment.thread(rows.get(1).segmentId(), null, "Source checked against A/RES/70/1."));
        comments.add(NewComment.thread(rows.get(1).segmentId(), UnLanguage.RU, "Проверить перевод цели 3.2."));

        TerminologyReport french = reports.report(statementId, UnLanguage.FR, f -> {});
        assertThat(french.comments())
                .extracting(c -> c.segmentNumber() + " " + c.language())
                .containsExactly("1 FR", "2 null");
        String html = TerminologyReportFiles.html(french);
        assertThat(html)
                .contains("<h2>Comments</h2>\n<p>2 threads (2 open), 2 comments.</p>")
                .contains("&lt;b&gt;100 000&lt;/b&gt;, pas 10 000")
                .doesNotContain("<b>100 000</b>")
                .contains("all languages")
                .doesNotContain("Проверить");
        // the comments CSV of the same report: one row per comment, keyed by segment and language like the issues
        assertThat(TerminologyReportFiles.commentsCsv(french).lines().toList())
                .hasSize(3)
                .satisfies(lines -> {
                    assertThat(lines.getFirst()).startsWith("Segment,Language,Thread,Comment,Author,");
                    assertThat(lines.get(1)).startsWith("1,fr,").contains("<b>100 000</b>, pas 10 000");
                    assertThat(lines.get(2)).startsWith("2,all,").contains("A/RES/70/1");
                });
        assertThat(reports.report(statementId, null, f -> {}).comments()).hasSize(3);
    }

    @Test
    void aThreadMovedByAMergeSaysWhereItCameFromInTheCommentsCsvAndTheHtml() {
        CommentedStatement thailand = CommentedStatement.create(data, "qa-mv");
        List<SegmentRow> rows = data.rows(thailand.statementId(), UnLanguage.FR);
        comments.add(NewComment.thread(rows.get(1).segmentId(), UnLanguage.FR, "=SUM(A1) \"S'engage\"?"));
        comments.add(NewComment.thread(rows.get(2).segmentId(), null, "Closing as delivered?"));
        structure.mergeWithNext(rows.get(1).segmentId());
        ThreadMove move = Objects.requireNonNull(comments.threads(rows.get(1).segmentId(), UnLanguage.FR)
                .getLast()
                .movedFrom());

        TerminologyReport report = reports.report(thailand.statementId(), UnLanguage.FR, f -> {});
        List<CSVRecord> csv = CommentedStatement.csvRows(TerminologyReportFiles.commentsCsv(report));
        assertThat(csv)
                .extracting(r -> r.get("Segment") + " " + r.get("Text") + " | " + r.get("Moved from segment") + " "
                        + r.get("Moved by") + " " + r.get("Moved"))
                .containsExactly(
                        "2 '=SUM(A1) \"S'engage\"? |   ",
                        "2 Closing as delivered? | 3 " + thailand.translator() + " " + move.at());
        assertThat(TerminologyReportFiles.html(report))
                .contains("<td>open<br><span class=\"moved\">Moved from segment 3 when " + thailand.translator()
                        + " merged it into this one, ")
                .containsOnlyOnce("Moved from segment");
    }
}
