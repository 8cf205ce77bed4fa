package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentStatus;

/**
 * The issues panel shows the built-in checks' issues of the open segment (SDG targets 3.2 and 3.1 in the UN's English
 * and French, 3.1 with a wrong figure), F8 goes to the next segment with an issue and selects its words, and an issue
 * ignored with a reason is listed greyed with it.
 */
@SpringBootTest
class SegmentIssuesViewTest extends SignedInBrowserlessTest {

    static final String EN_3_2 = "By 2030, end preventable deaths of newborns and children under 5 years of age, with"
            + " all countries aiming to reduce neonatal mortality to at least as low as 12 per 1,000 live births and"
            + " under‐5 mortality to at least as low as 25 per 1,000 live births";
    static final String FR_3_2 = "D’ici à 2030, éliminer les décès évitables de nouveau-nés et d’enfants de moins de 5"
            + " ans, tous les pays devant chercher à ramener la mortalité néonatale à 12 pour 1 000 naissances vivantes"
            + " au plus et la mortalité des enfants de moins de 5 ans à 25 pour 1 000 naissances vivantes au plus";
    static final String EN_3_1 =
            "By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births";
    static final String FR_3_1_WRONG = "D’ici à 2030, faire passer le taux mondial de mortalité maternelle au-dessous"
            + " de 70 pour 10 000 naissances vivantes";
    static final CheckId MISMATCH = CheckId.parse("number.mismatch");

    @Autowired
    TestData data;

    long statementId;

    @BeforeEach
    void statementTranslatedWithAWrongFigure() {
        String translator = data.translator(TestData.unique("issues-fr"), "Claire Dubois", UnLanguage.FR);
        statementId = data.statement(TestData.unique("Statement on health"))
                .into(UnLanguage.FR)
                .paragraphs(EN_3_2, EN_3_1)
                .create();
        TestSignIn.as(translator, Role.TRANSLATOR);
        var rows = data.rows(statementId, UnLanguage.FR);
        data.translate(rows.get(0).segmentId(), UnLanguage.FR, FR_3_2, SegmentStatus.TRANSLATED);
        data.translate(rows.get(1).segmentId(), UnLanguage.FR, FR_3_1_WRONG, SegmentStatus.TRANSLATED);
    }

    @Test
    void f8GoesToTheWrongFigureInTheNextSegmentAndThePanelShowsIt() {
        EditorView view = navigate(EditorView.class, statementId);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");
        assertThat(view.panes.issues.open()).noneMatch(i -> i.issue().severity() != Severity.INFO);

        fireShortcut(Key.F8);

        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
        assertThat(view.panes.issues.open())
                .anySatisfy(i -> assertThat(i.issue().check()).isEqualTo(MISMATCH));
        assertThat(view.editPane.target.getSelectedText()).isEqualTo("10 000");
        assertThat(view.panes.issues.panel.summaryText.getText()).contains("1 error");
        assertThat(view.panes.issues.panel.groups.getElement().getTextRecursively())
                .contains("Numbers (1)");
        assertThat(view.editPane.target.getRanges())
                .anySatisfy(r -> assertThat(r.kind()).isEqualTo(HighlightKind.QA_ERROR));

        fireShortcut(Key.F8, KeyModifier.SHIFT);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
    }

    @Test
    void typingAWrongFigureShowsItAtOnce() {
        EditorView view = navigate(EditorView.class, statementId);
        view.editPane.target.setValue(FR_3_2.replace("12 pour", "21 pour"));
        assertThat(view.panes.issues.open())
                .anySatisfy(i -> assertThat(i.issue().check()).isEqualTo(MISMATCH));
        view.editPane.target.setValue(FR_3_2);
        assertThat(view.panes.issues.open()).noneMatch(i -> i.issue().check().equals(MISMATCH));
    }

    @Test
    void anIssueIgnoredWithAReasonIsListedGreyedWithIt() {
        EditorView view = navigate(EditorView.class, statementId);
        fireShortcut(Key.F8);
        Button ignore = view.panes.issues.panel.items.stream()
                .filter(item -> item.getElement().getTextRecursively().contains("10 000"))
                .flatMap(item -> item.getChildren())
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
        test(ignore).click();
        IgnoreIssueDialog dialog = find(IgnoreIssueDialog.class).single();
        test(dialog.reason).setValue("too short");
        assertThat(dialog.ignore.isEnabled()).isFalse();
        test(dialog.reason).setValue("The delegation's delivered text has this figure.");
        test(dialog.ignore).click();

        assertThat(find(IgnoreIssueDialog.class).all()).isEmpty();
        assertThat(view.panes.issues.open()).noneMatch(i -> i.issue().check().equals(MISMATCH));
        assertThat(view.panes.issues.panel.ignoredList.isVisible()).isTrue();
        assertThat(view.panes.issues.panel.ignoredList.getElement().getTextRecursively())
                .contains("The delegation's delivered text has this figure.");
        assertThat(view.panes.issues.panel.summaryText.getText()).contains("1 ignored");
        assertThat(view.editPane.target.getRanges()).noneMatch(r -> r.kind() == HighlightKind.QA_ERROR);
    }
}
