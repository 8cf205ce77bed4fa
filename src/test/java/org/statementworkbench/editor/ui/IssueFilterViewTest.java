package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.editor.CheckProfileService;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.qa.CheckProfile.Level;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationService;

/**
 * The editor's list shows a badge of each translation's quality-check errors and warnings and can be narrowed to the
 * segments with errors, or with issues of one check family, as the statement's check profile rates them.
 */
@SpringBootTest
class IssueFilterViewTest extends SignedInBrowserlessTest {

    /** SDG targets 3.1, 4.1 and 3.2, English source, French as the UN publishes it. */
    static final String MATERNAL =
            "By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births";

    static final String MATERNAL_FR = "D’ici à 2030, faire passer le taux mondial de mortalité maternelle au-dessous"
            + " de 70 pour 100 000 naissances vivantes";

    static final String EDUCATION =
            "Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all";

    static final String EDUCATION_FR = "Assurer à tous une éducation équitable, inclusive et de qualité et des"
            + " possibilités d’apprentissage tout au long de la vie";

    static final String NEONATAL = "By 2030, end preventable deaths of newborns and children under 5 years of age";

    static final String NEONATAL_FR =
            "D’ici à 2030, éliminer les décès évitables de nouveau-nés et d’enfants de moins de 5 ans";

    @Autowired
    TestData data;

    @Autowired
    CheckProfileService profiles;

    @Autowired
    org.statementworkbench.statement.ReviewService review;

    @Autowired
    TranslationService translations;

    String reviewer = "";
    long statementId;

    @BeforeEach
    void statement() {
        reviewer = data.reviewer(TestData.unique("filter-rev"), "Jean Martin", UnLanguage.FR);
        statementId = data.statement(TestData.unique("SDG targets"))
                .into(UnLanguage.FR)
                .paragraphs(MATERNAL, EDUCATION, NEONATAL)
                .create();
        TestSignIn.as(reviewer, Role.REVIEWER);
        List<SegmentRow> rows = data.rows(statementId, UnLanguage.FR);
        // a wrong number (an error), two spaces in a row (a warning), a right translation
        data.translate(
                rows.get(0).segmentId(),
                UnLanguage.FR,
                MATERNAL_FR.replace("100 000", "10 000"),
                SegmentStatus.TRANSLATED);
        data.translate(
                rows.get(1).segmentId(),
                UnLanguage.FR,
                EDUCATION_FR.replace("tout au", "tout  au"),
                SegmentStatus.TRANSLATED);
        data.translate(rows.get(2).segmentId(), UnLanguage.FR, NEONATAL_FR, SegmentStatus.TRANSLATED);
    }

    private static List<Integer> numbers(EditorView view) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .map(MultiLanguageRow::number)
                .toList();
    }

    /** Runs the UI updates the issue filter's threads send until its list is shown. */
    private static void awaitList(EditorView view) {
        numbers(view); // the grid reads its rows (as a browser would): a list wanted anew starts its checks
        runUiUpdatesUntil(() -> !view.qa.checking());
    }

    @Test
    void badgesCountErrorsElseWarnings() {
        EditorView view = navigate(EditorView.class, statementId);
        List<MultiLanguageRow> rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows)
                .extracting(r -> view.qa.badge(r, UnLanguage.FR))
                .extracting(SegmentGrid.QaBadge::key, SegmentGrid.QaBadge::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("qa-error", "1"),
                        org.assertj.core.groups.Tuple.tuple("qa-warning", "1"),
                        org.assertj.core.groups.Tuple.tuple("", ""));
        assertThat(view.qa.badge(rows.getFirst(), UnLanguage.FR).title()).contains("1 error", "number.mismatch");
    }

    @Test
    void hasErrorsLeavesTheSegmentWithTheWrongNumberUntilItIsFixed() {
        EditorView view = navigate(EditorView.class, statementId);
        assertThat(numbers(view)).containsExactly(1, 2, 3);

        view.toolbar.checkFamily.setValue(EditorToolbar.ERRORS);
        // the request returns at once: an empty list and the progress while the checks run elsewhere
        assertThat(view.qa.checking()).isTrue();
        assertThat(numbers(view)).isEmpty();
        assertThat(view.issueProgress.isVisible()).isTrue();
        assertThat(view.issueProgress.text.getText()).startsWith("Checking ");
        awaitList(view);
        assertThat(view.issueProgress.isVisible()).isFalse();
        assertThat(numbers(view)).containsExactly(1);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");

        view.toolbar.checkFamily.setValue("space");
        awaitList(view);
        assertThat(numbers(view)).containsExactly(2);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
        view.toolbar.checkFamily.setValue("symbol");
        awaitList(view);
        assertThat(numbers(view)).isEmpty();

        // applied again: the list is kept, nothing is checked
        view.toolbar.checkFamily.setValue(EditorToolbar.ERRORS);
        assertThat(view.qa.checking()).isFalse();
        assertThat(numbers(view)).containsExactly(1);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");

        // fixed and confirmed: the last segment with errors stays in the list (now without a badge) while it is
        // open, and leaves it once the filter is chosen again
        view.editPane.target.setValue(MATERNAL_FR);
        test(view.editPane.actions.confirm).click();
        awaitList(view);
        assertThat(numbers(view)).containsExactly(1);
        MultiLanguageRow listed =
                view.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(listed.target(UnLanguage.FR).text()).isEqualTo(MATERNAL_FR);
        assertThat(view.qa.badge(listed, UnLanguage.FR)).isEqualTo(SegmentGrid.QaBadge.NONE);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");
        view.toolbar.checkFamily.setValue("space");
        awaitList(view);
        view.toolbar.checkFamily.setValue(EditorToolbar.ERRORS);
        awaitList(view);
        assertThat(numbers(view)).isEmpty();
    }

    /**
     * As in memoQ and Trados: the segment whose last error the translator fixed stays in the "with errors" list, open
     * and selected, text typed meanwhile untouched, until they move on; then it leaves, and moving on goes to the
     * segment that followed it, never past it.
     */
    @Test
    void theSegmentJustFixedStaysInTheListUntilTheTranslatorMovesOn() {
        List<SegmentRow> rows = data.rows(statementId, UnLanguage.FR);
        translations.save(new SaveTranslation(
                rows.get(2).segmentId(),
                UnLanguage.FR,
                NEONATAL_FR.replace("5 ans", "15 ans"),
                SegmentStatus.TRANSLATED,
                rows.get(2).target().version()));
        EditorView view = navigate(EditorView.class, statementId);
        view.toolbar.checkFamily.setValue(EditorToolbar.ERRORS);
        awaitList(view);
        assertThat(numbers(view)).containsExactly(1, 3);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");

        view.editPane.target.setValue(MATERNAL_FR);
        test(view.editPane.actions.saveDraft).click();
        // typed while the list is checked again: stays as typed
        view.editPane.target.setValue(MATERNAL_FR + " Fin");
        awaitList(view);
        assertThat(numbers(view)).containsExactly(1, 3);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");
        assertThat(view.grid.asSingleSelect().getValue().number()).isEqualTo(1);
        assertThat(view.editPane.target.getValue()).isEqualTo(MATERNAL_FR + " Fin");

        view.editPane.target.setValue(MATERNAL_FR);
        view.moveBy(1);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 3");
        awaitList(view);
        assertThat(numbers(view)).containsExactly(3);
        assertThat(view.grid.asSingleSelect().getValue().number()).isEqualTo(3);
        assertThat(data.rows(statementId, UnLanguage.FR).getFirst().target().text())
                .isEqualTo(MATERNAL_FR);

        // fixed and confirmed: the translator moves on at once; a list with nothing else left keeps it meanwhile
        view.editPane.target.setValue(NEONATAL_FR);
        test(view.editPane.actions.confirm).click();
        awaitList(view);
        assertThat(numbers(view)).containsExactly(3);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 3");
        view.moveBy(-1);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 3");
    }

    /** Under "Returned", a returned segment the translator confirms stays listed; Alt+Down goes to the next one. */
    @Test
    void confirmingAReturnedSegmentMovesToTheNextReturnedOneWithoutSkippingIt() {
        List<SegmentRow> rows = data.rows(statementId, UnLanguage.FR);
        for (int i = 0; i < 3; i++) {
            SegmentRow row = rows.get(i);
            review.returnToTranslator(
                    row.segmentId(),
                    UnLanguage.FR,
                    row.target().version(),
                    "Check this sentence against the published French text.");
        }
        EditorView view = navigate(EditorView.class, statementId);
        view.toolbar.statusFilter.setValue(java.util.Set.of(SegmentStatus.RETURNED));
        assertThat(numbers(view)).containsExactly(1, 2, 3);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");

        view.editPane.target.setValue(MATERNAL_FR);
        test(view.editPane.actions.confirm).click();
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
        assertThat(numbers(view)).containsExactly(2, 3);
        assertThat(view.grid.asSingleSelect().getValue().number()).isEqualTo(2);
    }

    @Test
    void aReviewerDemotesNumbersInTheProfileAndNoSegmentHasErrorsAnyMore() {
        EditorView view = navigate(EditorView.class, statementId);
        view.toolbar.checkFamily.setValue(EditorToolbar.ERRORS);
        awaitList(view);
        assertThat(numbers(view)).containsExactly(1);

        test(view.toolbar.checkProfile).click();
        CheckProfileDialog dialog = find(CheckProfileDialog.class).single();
        dialog.families.get("number").setValue(Level.WARNING);
        dialog.checkIds.setValue("space.double = error");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        awaitList(view);
        assertThat(numbers(view)).containsExactly(2);
    }

    @Test
    void aProfileSavedInAnotherBrowserReachesTheOpenEditor() {
        EditorView view = navigate(EditorView.class, statementId);
        view.toolbar.checkFamily.setValue(EditorToolbar.ERRORS);
        awaitList(view);
        assertThat(numbers(view)).containsExactly(1);

        UI mine = UI.getCurrent();
        UI.setCurrent(null);
        profiles.save(statementId, CheckProfile.UN_DEFAULT.with("number", Level.OFF));
        UI.setCurrent(mine);
        runUiUpdatesUntil(() -> view.qa.profile().setting("number") == Level.OFF);
        runUiUpdates();
        awaitList(view);

        assertThat(numbers(view)).isEmpty();
    }

    @Test
    void leavingTheEditorStopsTheChecks() {
        EditorView view = navigate(EditorView.class, statementId);
        view.toolbar.checkFamily.setValue(EditorToolbar.ERRORS);
        assertThat(view.qa.checking()).isTrue();

        navigate("statement/" + statementId + "/terminology", TerminologyReportView.class);
        assertThat(view.qa.checking()).isFalse();
        runUiUpdates();
        assertThat(view.issueProgress.isVisible()).isFalse();
    }
}
