package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;

/** The editor's Split and Merge follow the structure rights; a reviewer confirms resetting approved work. */
@SpringBootTest
class SegmentStructureViewTest extends SignedInBrowserlessTest {

    @Autowired
    TestData data;

    long statementId;
    String translator = "";
    String reviewer = "";

    @BeforeEach
    void statementWithApprovedChinese() {
        translator = data.translator(TestData.unique("structure-view-fr"), "Claire Dubois", UnLanguage.FR);
        reviewer = data.reviewer(TestData.unique("structure-view-rev"), "Li Wei", UnLanguage.FR, UnLanguage.ZH);
        statementId = data.statement("Statement by Thailand")
                .into(UnLanguage.FR, UnLanguage.ZH)
                .paragraphs("Thailand pledges its commitment to tackle cybercrime. Thank you.")
                .create();
        // the reviewer writes and approves the Chinese “Thank you” themselves
        data.fourEyesOff(statementId);
        TestSignIn.as(reviewer, Role.REVIEWER);
        SegmentRow thankYou = chinese().get(1);
        data.translate(thankYou.segmentId(), UnLanguage.ZH, "谢谢。", SegmentStatus.APPROVED);
    }

    private List<SegmentRow> chinese() {
        return data.rows(statementId, UnLanguage.ZH);
    }

    @Test
    void aTranslatorCannotMergeIntoAnotherLanguagesApprovedSegment() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        EditorView view = navigate(EditorView.class, statementId);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");

        assertThat(view.editPane.actions.split.isEnabled()).isTrue();
        assertThat(view.editPane.actions.merge.isEnabled()).isFalse();
        assertThat(view.editPane.actions.merge.getTooltip().getText())
                .startsWith(
                        "Merging segments 1 and 2 would change the " + "Chinese translation, which you may not edit");
    }

    @Test
    void aReviewerConfirmsBeforeApprovedWorkGoesBackToDraft() {
        TestSignIn.as(reviewer, Role.REVIEWER);
        EditorView view = navigate(EditorView.class, statementId);
        assertThat(view.editPane.actions.merge.isEnabled()).isTrue();

        test(view.editPane.actions.merge).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Merge segments 1 and 2?");
        assertThat(chinese()).hasSize(2);
        test(dialog).confirm();

        assertThat(chinese()).singleElement().satisfies(row -> {
            assertThat(row.target().text()).isEqualTo("谢谢。");
            assertThat(row.target().status()).isEqualTo(SegmentStatus.DRAFT);
        });
        assertThat(test(view.grid).size()).isEqualTo(1);
    }
}
