package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementImportService;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/** The editor's Split and Merge follow the structure rights; a reviewer confirms resetting approved work. */
@SpringBootTest
class SegmentStructureViewTest extends SignedInBrowserlessTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    StatementImportService importService;

    @Autowired
    TranslationService translations;

    @Autowired
    UserService users;

    long statementId;
    String translator = "";
    String reviewer = "";

    @BeforeEach
    void statementWithApprovedChinese() {
        int n = counter.incrementAndGet();
        translator = "structure-view-fr-" + n;
        reviewer = "structure-view-rev-" + n;
        TestSignIn.as("structure-view-admin", Role.ADMIN);
        users.createUser(new NewUser(
                translator, "Claire Dubois", "a-long-enough-secret", Set.of(Role.TRANSLATOR), Set.of(UnLanguage.FR)));
        users.createUser(new NewUser(
                reviewer,
                "Li Wei",
                "a-long-enough-secret",
                Set.of(Role.REVIEWER),
                Set.of(UnLanguage.FR, UnLanguage.ZH)));
        statementId = importService.importStatement(
                new NewStatement(
                        "Statement by Thailand",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        UnLanguage.EN,
                        EnumSet.of(UnLanguage.FR, UnLanguage.ZH)),
                new ImportedDocument(List.of(new ImportedParagraph(
                        List.of(TextRun.plain("Thailand pledges its commitment to tackle cybercrime. Thank you."))))),
                null);
        TestSignIn.as(reviewer, Role.REVIEWER);
        SegmentRow thankYou = chinese().get(1);
        translations.save(new SaveTranslation(
                thankYou.segmentId(), UnLanguage.ZH, "谢谢。", SegmentStatus.APPROVED, TranslationState.UNSAVED_VERSION));
    }

    private List<SegmentRow> chinese() {
        return translations.rows(statementId, UnLanguage.ZH, SegmentQuery.all(), 0, 10);
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
