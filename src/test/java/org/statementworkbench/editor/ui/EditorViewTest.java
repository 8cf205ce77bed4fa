package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.statementworkbench.statement.TranslationService;

/** A translator works through a statement in the editor, keyboard first. */
@SpringBootTest
class EditorViewTest extends SignedInBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    final String translator = TestData.unique("editor-fr");
    long statementId;

    @BeforeEach
    void statementAndTranslator() {
        data.translator(translator, "Claire Dubois", UnLanguage.FR);
        statementId = data.statement("Statement by Thailand")
                .body("Commission on Crime Prevention and Criminal Justice")
                .session("thirty-first session", "5")
                .by("Thailand")
                .into(UnLanguage.AR, UnLanguage.FR, UnLanguage.RU)
                .paragraphs(
                        "Mr. Chair,",
                        "Thailand pledges its commitment to tackle cybercrime. Children and youth are susceptible to "
                                + "fall victim to various forms of abuse and exploitation on online platforms.",
                        "Thank you.")
                .create();
        TestSignIn.as(translator, Role.TRANSLATOR);
    }

    /**
     * Another translator of this language saves a translation of the segment at this index, as from another
     * browser; then the translator is signed in again. Returns who saved it.
     */
    private String savedByAnother(String fullName, UnLanguage language, int index, String text, SegmentStatus status) {
        long segmentId = french().get(index).segmentId();
        String other = data.translator(TestData.unique("editor-" + language.code()), fullName, language);
        TestSignIn.as(other, Role.TRANSLATOR);
        data.translate(segmentId, language, text, status);
        TestSignIn.as(translator, Role.TRANSLATOR);
        return other;
    }

    private List<SegmentRow> french() {
        return data.rows(statementId, UnLanguage.FR);
    }

    @Test
    void confirmingSavesAsTranslatedAndMovesToTheNextSegment() {
        EditorView view = navigate(EditorView.class, statementId);
        assertThat(view.toolbar.language.getValue()).isEqualTo(UnLanguage.FR);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");
        assertThat(view.editPane.target.getElement().getProperty("lang")).isEqualTo("fr");

        view.editPane.target.setValue("Monsieur le Président,");
        test(view.editPane.actions.confirm).click();

        assertThat(french().getFirst().target().text()).isEqualTo("Monsieur le Président,");
        assertThat(french().getFirst().target().status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");

        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 3");
        fireShortcut(Key.ARROW_UP, KeyModifier.ALT);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
    }

    @Test
    void leavingASegmentKeepsTheUnsavedTextAsADraft() {
        EditorView view = navigate(EditorView.class, statementId);
        view.editPane.target.setValue("Monsieur le Pré");
        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT);

        assertThat(french().getFirst().target().text()).isEqualTo("Monsieur le Pré");
        assertThat(french().getFirst().target().status()).isEqualTo(SegmentStatus.DRAFT);
    }

    @Test
    void copySourceAndRevert() {
        EditorView view = navigate(EditorView.class, statementId);
        test(view.editPane.actions.copySource).click();
        replaceValueAsTheBrowserWould(view.editPane.target);
        assertThat(view.editPane.target.getValue()).isEqualTo("Mr. Chair,");
        test(view.editPane.actions.revert).click();
        replaceValueAsTheBrowserWould(view.editPane.target);
        assertThat(view.editPane.target.getValue()).isEmpty();
    }

    /**
     * The browser's part of Copy source and Revert: they replace the text in the browser, as typing does (so
     * Ctrl+Z there takes them back), and the new text comes back like typed text.
     */
    private void replaceValueAsTheBrowserWould(SegmentEditor editor) {
        editor.setValue(
                (String) calls(editor, "replaceValue").getLast().getParameters().get(1));
    }

    @Test
    void aColleaguesSaveInBetweenOpensTheConflictDialogAndKeepingMineSavesOverIt() {
        EditorView view = navigate(EditorView.class, statementId);
        String colleague =
                savedByAnother("Marc Lefèvre", UnLanguage.FR, 0, "Monsieur le Président !", SegmentStatus.TRANSLATED);

        view.editPane.target.setValue("Monsieur le Président,");
        test(view.editPane.actions.confirm).click();

        ConflictDialog dialog = find(ConflictDialog.class).single();
        assertThat(dialog.getHeaderTitle()).contains(colleague);
        assertThat(french().getFirst().target().text()).isEqualTo("Monsieur le Président !");
        test(dialog.keepMine).click();

        assertThat(french().getFirst().target().text()).isEqualTo("Monsieur le Président,");
        assertThat(translations.history(french().getFirst().segmentId(), UnLanguage.FR))
                .hasSize(2);
    }

    @Test
    void theSavingEditorRefreshesItsListOnceAndStillHearsAColleaguesSave() {
        EditorView view = navigate(EditorView.class, statementId);
        AtomicInteger refreshes = new AtomicInteger();
        view.grid.getDataProvider().addDataProviderListener(e -> refreshes.incrementAndGet());

        view.editPane.target.setValue("Monsieur le Président,");
        test(view.editPane.actions.confirm).click();
        assertThat(refreshes).hasValue(1);

        // a colleague saves from another browser: this editor hears it (after its own save's echo, if any)
        UI mine = UI.getCurrent();
        UI.setCurrent(null);
        savedByAnother("Marc Lefèvre", UnLanguage.FR, 2, "Je vous remercie.", SegmentStatus.TRANSLATED);
        UI.setCurrent(mine);
        // the updates were queued with ui.access while this test holds the session: run them as push would
        runUiUpdatesUntil(() -> refreshes.get() >= 2);
        runUiUpdates();

        // the segment opened after the confirm may have been filled from the translation memory (other tests
        // approve these sentences): that save refreshes the list too
        int filledFromMemory = french().get(1).target().fromMemory() ? 1 : 0;
        assertThat(refreshes)
                .as("one refresh for the own save, one for the colleague's, one per fill from the memory")
                .hasValue(2 + filledFromMemory);
    }

    @Test
    void historyListsRevisionsAndRestoresOne() {
        EditorView view = navigate(EditorView.class, statementId);
        view.editPane.target.setValue("Monsieur le Président");
        test(view.editPane.actions.saveDraft).click();
        view.editPane.target.setValue("Monsieur le Président,");
        test(view.editPane.actions.saveDraft).click();

        test(view.editPane.actions.history).click();
        HistoryDialog history = find(HistoryDialog.class).single();
        assertThat(history.restoreButtons).hasSize(1);
        test(history.restoreButtons.getFirst()).click();

        assertThat(french().getFirst().target().text()).isEqualTo("Monsieur le Président");
        assertThat(view.editPane.target.getValue()).isEqualTo("Monsieur le Président");
    }

    @Test
    void anotherLanguageIsReadOnlyForThisTranslatorAndFiltersNarrowTheList() {
        EditorView view = navigate(EditorView.class, statementId);
        view.toolbar.language.setValue(UnLanguage.RU);
        assertThat(view.editPane.target.isReadOnly()).isTrue();
        assertThat(view.editPane.actions.confirm.isEnabled()).isFalse();
        assertThat(view.editPane.target.getElement().getProperty("lang")).isEqualTo("ru");

        view.toolbar.language.setValue(UnLanguage.AR);
        assertThat(view.editPane.target.getElement().getProperty("dir")).isEqualTo("rtl");

        view.toolbar.language.setValue(UnLanguage.FR);
        view.editPane.target.setValue("Monsieur le Président,");
        test(view.editPane.actions.confirm).click();
        view.toolbar.statusFilter.setValue(Set.of(SegmentStatus.NEW));
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
        view.toolbar.search.setValue("Thank");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void aTranslatorSplitsASegmentAndMergesItBack() {
        EditorView view = navigate(EditorView.class, statementId);
        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT);
        test(view.editPane.actions.split).click();
        SplitDialog dialog = find(SplitDialog.class).single();
        dialog.source.setValue("Thailand pledges its commitment to tackle\n cybercrime.");
        test(dialog.split).click();

        assertThat(test(view.grid).size()).isEqualTo(5);
        assertThat(french())
                .extracting(SegmentRow::source)
                .startsWith("Mr. Chair,", "Thailand pledges its commitment to tackle", "cybercrime.");
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");

        test(view.editPane.actions.merge).click();
        assertThat(test(view.grid).size()).isEqualTo(4);
        assertThat(french().get(1).source()).isEqualTo("Thailand pledges its commitment to tackle cybercrime.");
    }

    @Test
    void allLanguagesModeShowsASourceColumnAndOneColumnPerTarget() {
        EditorView view = navigate(EditorView.class, statementId);
        assertThat(view.grid.getColumns()).hasSize(4);
        view.toolbar.allLanguages.setValue(true);
        assertThat(view.grid.getColumns()).hasSize(6);
    }

    @Test
    void tickingAllLanguagesKeepsTheOpenSegmentAndWhatIsTypedInIt() {
        EditorView view = navigate(EditorView.class, statementId);
        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT);
        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT);
        view.editPane.target.setValue("La Thaïlande s’engage");

        view.toolbar.allLanguages.setValue(true);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 3");
        assertThat(view.grid.asSingleSelect().getValue().number()).isEqualTo(3);
        assertThat(view.editPane.target.getValue()).isEqualTo("La Thaïlande s’engage");

        view.toolbar.allLanguages.setValue(false);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 3");
        assertThat(view.grid.asSingleSelect().getValue().number()).isEqualTo(3);
        assertThat(view.editPane.target.getValue()).isEqualTo("La Thaïlande s’engage");
    }

    @Test
    void choosingAnotherTargetLanguageKeepsTheOpenSegment() {
        EditorView view = navigate(EditorView.class, statementId);
        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT);
        view.editPane.target.setValue("La Thaïlande s’engage");

        view.toolbar.language.setValue(UnLanguage.RU);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
        assertThat(view.editPane.target.getElement().getProperty("lang")).isEqualTo("ru");
        // what was typed in French was kept as a draft before the language changed
        assertThat(french().get(1).target().text()).isEqualTo("La Thaïlande s’engage");
        assertThat(french().get(1).target().status()).isEqualTo(SegmentStatus.DRAFT);
    }

    @Test
    void theAllLanguagesViewShowsTheStatusOfEveryLanguage() {
        data.translate(
                french().getFirst().segmentId(), UnLanguage.FR, "Monsieur le Président,", SegmentStatus.TRANSLATED);
        savedByAnother("Amina Haddad", UnLanguage.AR, 0, "السيد الرئيس،", SegmentStatus.DRAFT);

        EditorView view = navigate(EditorView.class, statementId);
        view.toolbar.allLanguages.setValue(true);
        int statusColumn = view.grid.getColumns().size() - 1;
        List<?> chips = test(view.grid).getLitRendererPropertyValue(0, statusColumn, "statuses", List.class);
        assertThat(chips)
                .map(Object::toString)
                .satisfiesExactly(
                        ar -> assertThat(ar).contains("Arabic: Draft"),
                        fr -> assertThat(fr).contains("French: Translated"),
                        ru -> assertThat(ru).contains("Russian: New"));
    }
}
