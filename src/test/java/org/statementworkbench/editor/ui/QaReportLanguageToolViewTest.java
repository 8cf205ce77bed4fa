package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.comment.CommentService;
import org.statementworkbench.comment.NewComment;
import org.statementworkbench.editor.ReportedIssue;
import org.statementworkbench.editor.TerminologyReportFiles;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;

/**
 * The QA report view: "Include LanguageTool (slower)" computes the report again with LanguageTool's issues (SDG goal
 * 1 in French with "pauvreté" misspelt), and the comment threads download as a CSV of their own.
 */
@SpringBootTest
class QaReportLanguageToolViewTest extends SignedInBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    CommentService comments;

    long statementId;

    @BeforeEach
    void statement() {
        String reviewer = data.reviewer(TestData.unique("qa-view-lt"), "Jean Martin", UnLanguage.FR);
        data.languageChecksReady(UnLanguage.FR);
        statementId = data.statement(TestData.unique("QA report view"))
                .into(UnLanguage.FR)
                .paragraphs("End poverty in all its forms everywhere")
                .create();
        TestSignIn.as(reviewer, Role.REVIEWER);
        SegmentRow row = data.rows(statementId, UnLanguage.FR).getFirst();
        data.translate(
                row.segmentId(),
                UnLanguage.FR,
                "Éliminer la pauvrete sous toutes ses formes et partout dans le monde",
                SegmentStatus.TRANSLATED);
        comments.add(NewComment.thread(row.segmentId(), UnLanguage.FR, "« pauvreté » prend un accent."));
    }

    @Test
    void theLanguageToolOptionAddsItsIssuesAndTheCommentsHaveTheirOwnCsv() {
        TerminologyReportView view = navigate("statement/" + statementId + "/qa", TerminologyReportView.class);
        runUiUpdatesUntil(() -> !view.progress.isVisible());
        assertThat(view.languageTool.getValue()).isFalse();
        assertThat(lt(view)).isEmpty();
        assertThat(view.commentsCsv.isEnabled()).isTrue();

        test(view.languageTool).click();
        assertThat(view.status.getText()).contains("with LanguageTool");
        runUiUpdatesUntil(() -> !view.progress.isVisible());
        assertThat(lt(view)).singleElement().satisfies(i -> {
            assertThat(i.check()).isEqualTo(CheckId.languageTool("FR_SPELLING_RULE"));
            assertThat(i.targetExcerpt()).contains("pauvrete");
        });
        var report = view.report;
        assertThat(report).isNotNull();
        assertThat(report.languageTool()).isTrue();
        assertThat(TerminologyReportFiles.commentsCsv(report).lines().toList())
                .hasSize(2)
                .last()
                .asString()
                .startsWith("1,fr,")
                .contains("« pauvreté » prend un accent.");
    }

    private static List<ReportedIssue> lt(TerminologyReportView view) {
        return view.issueGrids
                .get(UnLanguage.FR)
                .getListDataView()
                .getItems()
                .filter(i -> i.check().isIn(CheckId.LANGUAGE_TOOL))
                .toList();
    }
}
