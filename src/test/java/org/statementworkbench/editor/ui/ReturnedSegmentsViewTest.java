package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.notification.Notification;
import java.util.Arrays;
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
import org.statementworkbench.statement.ReviewService;

/**
 * A translator who opens a statement with returned segments starts at the first of them and is told how many there
 * are; Alt+Shift+R goes on to the next. Reviewers, and an address that names a segment, open where they always did.
 */
@SpringBootTest
class ReturnedSegmentsViewTest extends SignedInBrowserlessTest {

    private static final String WHY = "Check the figures against the text of the 2030 Agenda.";

    @Autowired
    TestData data;

    @Autowired
    ReviewService review;

    TranslatedStatement sdg = new TranslatedStatement("", "", 0, List.of(), List.of());

    /** Three SDG targets translated as the UN publishes them; the reviewer returns the second and the third. */
    @BeforeEach
    void twoOfThreeReturned() {
        sdg = TranslatedStatement.create(
                data,
                "returned",
                List.of(IssueFilterViewTest.MATERNAL, IssueFilterViewTest.EDUCATION, IssueFilterViewTest.NEONATAL),
                List.of(
                        IssueFilterViewTest.MATERNAL_FR,
                        IssueFilterViewTest.EDUCATION_FR,
                        IssueFilterViewTest.NEONATAL_FR));
        TestSignIn.as(sdg.reviewer(), Role.REVIEWER);
        for (int i = 1; i < 3; i++) {
            review.returnToTranslator(
                    sdg.segments().get(i), UnLanguage.FR, sdg.saved().get(i).version(), WHY);
        }
    }

    private static String openSegment(EditorView view) {
        return view.editPane.header.position.getText();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    @Test
    void aTranslatorStartsAtTheFirstReturnedSegmentAndGoesOnWithAltShiftR() {
        TestSignIn.as(sdg.translator(), Role.TRANSLATOR);
        EditorView view = navigate(EditorView.class, sdg.statementId());

        assertThat(openSegment(view)).startsWith("Segment 2");
        assertThat(view.editPane.returnNote.getText()).isEqualTo("Returned: " + WHY);
        assertThat(view.toolbar.returned.getText()).isEqualTo("Returned (2)");
        assertThat(notifications()).contains("2 segments were returned to you — Returned (2) lists them");

        fireShortcut(Key.KEY_R, KeyModifier.ALT, KeyModifier.SHIFT);
        assertThat(openSegment(view)).startsWith("Segment 3");
        fireShortcut(Key.KEY_R, KeyModifier.ALT, KeyModifier.SHIFT);
        assertThat(openSegment(view)).as("after the last, the first").startsWith("Segment 2");
    }

    @Test
    void aReviewerOpensTheStatementAtItsStartUntold() {
        TestSignIn.as(sdg.reviewer(), Role.REVIEWER);
        EditorView view = navigate(EditorView.class, sdg.statementId());

        assertThat(openSegment(view)).startsWith("Segment 1");
        assertThat(view.toolbar.returned.getText()).isEqualTo("Returned (2)");
        assertThat(notifications()).noneMatch(text -> text.contains("returned to you"));

        // the key works for them too
        fireShortcut(Key.KEY_R, KeyModifier.ALT, KeyModifier.SHIFT);
        assertThat(openSegment(view)).startsWith("Segment 2");
    }

    @Test
    void anAddressNamingASegmentOpensThatOne() {
        TestSignIn.as(sdg.translator(), Role.TRANSLATOR);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("statement/" + sdg.statementId(), com.vaadin.flow.router.QueryParameters.of("segment", "1"));
        EditorView view = (EditorView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();

        assertThat(openSegment(view)).startsWith("Segment 1");
        assertThat(notifications()).noneMatch(text -> text.contains("returned to you"));
    }

    @Test
    void withNoReturnedSegmentTheTranslatorStartsAtTheFirstAndTheKeySaysSo() {
        TestSignIn.as(sdg.reviewer(), Role.REVIEWER);
        long other = data.statement(TestData.unique("SDG target"))
                .into(UnLanguage.FR)
                .paragraphs(IssueFilterViewTest.MATERNAL, IssueFilterViewTest.EDUCATION)
                .create();
        TestSignIn.as(sdg.translator(), Role.TRANSLATOR);
        EditorView view = navigate(EditorView.class, other);

        assertThat(openSegment(view)).startsWith("Segment 1");
        assertThat(view.toolbar.returned.isVisible()).isFalse();
        fireShortcut(Key.KEY_R, KeyModifier.ALT, KeyModifier.SHIFT);
        assertThat(openSegment(view)).startsWith("Segment 1");
        assertThat(notifications()).contains("No returned segment in the list (French).");
    }

    @Test
    void theShortcutIsListedInTheHelp() {
        assertThat(Arrays.stream(ShortcutsDialog.SHORTCUTS).map(s -> s[0])).contains("Alt+Shift+R");
    }
}
