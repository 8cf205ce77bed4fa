package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statementworkbench.TestData.COUNCIL_SENTENCE;
import static org.statementworkbench.TestData.COUNCIL_TERM_MISSING;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.editor.TerminologyReportFiles;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;

/** A reviewer approves over a term error with a justification; the terminology report shows it. */
@SpringBootTest
class TermGateViewTest extends SignedInBrowserlessTest {

    @Autowired
    TestData data;

    long statementId;
    String reviewer = "";

    @BeforeEach
    void statementAndReviewer() {
        reviewer = data.reviewer(TestData.unique("gate-view-rev"), "Jean Martin", UnLanguage.FR);
        statementId = data.statement(TestData.unique("Statement on the Council"))
                .by("France")
                .into(UnLanguage.FR)
                .paragraphs(COUNCIL_SENTENCE, "Thank you.")
                .create();
        // this test is about the gate: one reviewer writes and approves
        data.fourEyesOff(statementId);
        TestSignIn.as(reviewer, Role.REVIEWER);
    }

    private List<SegmentRow> french() {
        return data.rows(statementId, UnLanguage.FR);
    }

    @Test
    void aReviewerSeesTheTermErrorsAndApprovesWithAJustification() {
        EditorView view = navigate(EditorView.class, statementId);
        view.editPane.target.setValue(COUNCIL_TERM_MISSING);
        test(view.editPane.actions.approve).click();

        TermOverrideDialog dialog = find(TermOverrideDialog.class).single();
        assertThat(dialog.getHeaderTitle()).contains("Segment 1");
        assertThat(dialog.problems.getChildren()).hasSize(1);
        assertThat(dialog.problems
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getText())
                .contains("Conseil de sécurité");
        assertThat(french().getFirst().target().status()).isEqualTo(SegmentStatus.NEW);
        assertThat(dialog.approveAnyway.isEnabled()).isFalse();

        test(dialog.justification).setValue("Short form: the full name is in the title of the item.");
        assertThat(dialog.approveAnyway.isEnabled()).isTrue();
        test(dialog.approveAnyway).click();

        assertThat(find(TermOverrideDialog.class).all()).isEmpty();
        assertThat(french().getFirst().target().status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(french().getFirst().target().text()).isEqualTo(COUNCIL_TERM_MISSING);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
    }

    @Test
    void fixingTheTextInsteadLeavesTheSegmentUnapproved() {
        EditorView view = navigate(EditorView.class, statementId);
        view.editPane.target.setValue(COUNCIL_TERM_MISSING);
        test(view.editPane.actions.approve).click();
        test(find(TermOverrideDialog.class).single().fix).click();
        assertThat(find(TermOverrideDialog.class).all()).isEmpty();
        assertThat(french().getFirst().target().status()).isEqualTo(SegmentStatus.NEW);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");
        assertThat(view.terminologyReport.getHref()).isEqualTo("statement/" + statementId + "/terminology");
    }

    @Test
    void theReportListsIssuesAndOverridesAndExportsThem() throws Exception {
        aReviewerSeesTheTermErrorsAndApprovesWithAJustification();
        String translator = data.translator(TestData.unique("gate-view-tr"), "Claire Dubois", UnLanguage.FR);
        TestSignIn.as(translator, Role.TRANSLATOR);

        TerminologyReportView report =
                navigate("statement/" + statementId + "/terminology", TerminologyReportView.class);
        runUiUpdatesUntil(() -> !report.progress.isVisible());

        assertThat(report.title.getText()).contains("Statement on the Council");
        assertThat(report.status.getText())
                .startsWith("1 issue (1 error) and 1 override in 1 language, against glossary revision ");
        assertThat(items(report.issueGrids.get(UnLanguage.FR))).singleElement().satisfies(i -> {
            assertThat(i.check()).hasToString("term.missing");
            assertThat(i.segmentNumber()).isEqualTo(1);
            assertThat(i.override()).isNotNull();
        });
        assertThat(items(report.overrideGrids.get(UnLanguage.FR)))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.overriddenBy()).isEqualTo(reviewer);
                    assertThat(o.justification()).startsWith("Short form");
                });
        assertThat(report.csv.isEnabled()).isTrue();
        assertThat(report.html.isEnabled()).isTrue();
        var r = report.report;
        assertThat(r).isNotNull();
        assertThat(TerminologyReportFiles.csv(r).lines().toList())
                .hasSize(2)
                .last()
                .asString()
                .startsWith("fr,1,term.missing,ERROR,")
                .contains(reviewer, "Short form");
        assertThat(TerminologyReportFiles.html(r)).contains("Statement on the Council", "Short form", "Overrides");
    }

    private static <T> List<T> items(Grid<T> grid) {
        return grid.getListDataView().getItems().toList();
    }
}
