package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import java.util.List;
import java.util.Set;
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
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * Reopen and Return in the editor: shown to reviewers where they apply and never to translators, approved segments
 * read only for everyone, a reason typed and left with Esc kept, the return's reason shown to the translator, who
 * finds the returned segments with one click.
 */
@SpringBootTest
class ReviewActionsViewTest extends SignedInBrowserlessTest {

    private static final String PLEDGE = "La Thaïlande s’engage à lutter contre la cybercriminalité.";
    private static final String THANKS = "Je vous remercie.";
    private static final String WHY = "Use « réaffirme son engagement », as in the Congress declaration.";

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    @Autowired
    ReviewService review;

    TranslatedStatement thailand = new TranslatedStatement("", "", 0, List.of(), List.of());

    @BeforeEach
    void translatedAndApproved() {
        thailand = TranslatedStatement.create(
                data,
                "review-view",
                List.of("Thailand pledges its commitment to tackle cybercrime.", "Thank you."),
                List.of(PLEDGE, THANKS));
        TestSignIn.as(thailand.reviewer(), Role.REVIEWER);
        translations.save(new SaveTranslation(
                thailand.segments().get(1),
                UnLanguage.FR,
                THANKS,
                SegmentStatus.APPROVED,
                thailand.saved().get(1).version()));
    }

    private List<SegmentRow> french() {
        return data.rows(thailand.statementId(), UnLanguage.FR);
    }

    @Test
    void aTranslatorSeesNeitherButtonAndAnApprovedSegmentReadOnly() {
        TestSignIn.as(thailand.translator(), Role.TRANSLATOR);
        EditorView view = navigate(EditorView.class, thailand.statementId());
        SegmentActions actions = view.editPane.actions;
        assertThat(actions.reopen.isVisible()).isFalse();
        assertThat(actions.returnSegment.isVisible()).isFalse();
        assertThat(view.editPane.target.isReadOnly()).isFalse();
        assertThat(view.fourEyes.getValue()).isTrue();
        assertThat(view.fourEyes.isReadOnly()).isTrue();

        view.moveBy(1);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
        assertThat(view.editPane.target.isReadOnly()).isTrue();
        assertThat(view.editPane.readOnlyNote.getText()).contains("a reviewer must reopen it");
        assertThat(actions.confirm.isEnabled()).isFalse();
        assertThat(actions.reopen.isVisible()).isFalse();
        assertThat(actions.returnSegment.isVisible()).isFalse();
        fireShortcut(Key.KEY_O, KeyModifier.ALT);
        view.moveBy(-1);
        fireShortcut(Key.KEY_R, KeyModifier.ALT);
        assertThat(find(ReasonDialog.class).all()).isEmpty();
    }

    @Test
    void aReviewerReturnsWithAReasonKeptOverEscAndTheTranslatorFindsIt() {
        TestSignIn.as(thailand.reviewer(), Role.REVIEWER);
        EditorView view = navigate(EditorView.class, thailand.statementId());
        SegmentActions actions = view.editPane.actions;
        assertThat(actions.returnSegment.isVisible()).isTrue();
        assertThat(actions.reopen.isVisible()).isFalse();
        assertThat(view.toolbar.returned.isVisible()).isFalse();

        test(actions.returnSegment).click();
        ReasonDialog dialog = find(ReasonDialog.class).single();
        test(dialog.reason).setValue(WHY);
        test(dialog.cancel).click();
        assertThat(find(ReasonDialog.class).all()).isEmpty();
        assertThat(french().get(0).target().status()).isEqualTo(SegmentStatus.TRANSLATED);

        test(actions.returnSegment).click();
        dialog = find(ReasonDialog.class).single();
        assertThat(dialog.reason.getValue()).isEqualTo(WHY);
        test(dialog.confirm).click();

        assertThat(find(ReasonDialog.class).all()).isEmpty();
        assertThat(french().get(0).target().status()).isEqualTo(SegmentStatus.RETURNED);
        assertThat(view.editPane.returnNote.getText()).isEqualTo("Returned: " + WHY);
        assertThat(actions.returnSegment.isVisible()).isFalse();
        assertThat(view.toolbar.returned.getText()).isEqualTo("Returned (1)");

        TestSignIn.as(thailand.translator(), Role.TRANSLATOR);
        EditorView translatorsView = navigate(EditorView.class, thailand.statementId());
        assertThat(translatorsView.toolbar.returned.isVisible()).isTrue();
        translatorsView.moveBy(1);
        test(translatorsView.toolbar.returned).click();
        assertThat(translatorsView.toolbar.statusFilter.getValue()).isEqualTo(Set.of(SegmentStatus.RETURNED));
        assertThat(translatorsView.editPane.header.position.getText()).startsWith("Segment 1");
        assertThat(translatorsView.editPane.returnNote.getText()).contains(WHY);
        assertThat(translatorsView.editPane.target.isReadOnly()).isFalse();
    }

    @Test
    void aReviewerReopensAnApprovedSegmentAndCanThenEditIt() {
        TestSignIn.as(thailand.reviewer(), Role.REVIEWER);
        EditorView view = navigate(EditorView.class, thailand.statementId());
        view.moveBy(1);
        SegmentActions actions = view.editPane.actions;
        assertThat(view.editPane.target.isReadOnly()).isTrue();
        assertThat(view.editPane.readOnlyNote.getText()).contains("Reopen (Alt+O)");
        assertThat(actions.approve.isVisible()).isFalse();
        assertThat(actions.reopen.isVisible()).isTrue();
        assertThat(actions.returnSegment.isVisible()).isFalse();

        fireShortcut(Key.KEY_O, KeyModifier.ALT);
        ReasonDialog dialog = find(ReasonDialog.class).single();
        assertThat(dialog.confirm.isEnabled()).isFalse();
        test(dialog.reason).setValue("The delegation asked for « Merci ».");
        test(dialog.confirm).click();

        assertThat(french().get(1).target().status()).isEqualTo(SegmentStatus.REVIEWED);
        assertThat(view.editPane.target.isReadOnly()).isFalse();
        assertThat(view.editPane.readOnlyNote.getText()).isEmpty();
        assertThat(actions.reopen.isVisible()).isFalse();
        assertThat(actions.returnSegment.isVisible()).isTrue();
    }

    @Test
    void aReviewerSwitchesFourEyesOffAndTheirOwnTextApprovesOnlyThen() {
        TestSignIn.as(thailand.reviewer(), Role.REVIEWER);
        EditorView view = navigate(EditorView.class, thailand.statementId());
        assertThat(view.fourEyes.isReadOnly()).isFalse();
        String better = "La Thaïlande réaffirme son engagement à lutter contre la cybercriminalité.";
        view.editPane.target.setValue(better);
        test(view.editPane.actions.approve).click();
        assertThat(french().get(0).target().status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");

        test(view.fourEyes).click();
        assertThat(view.fourEyes.getValue()).isFalse();
        assertThat(review.fourEyes(thailand.statementId())).isFalse();
        test(view.editPane.actions.approve).click();
        assertThat(french().get(0).target())
                .extracting(TranslationState::text, TranslationState::status)
                .containsExactly(better, SegmentStatus.APPROVED);
    }
}
