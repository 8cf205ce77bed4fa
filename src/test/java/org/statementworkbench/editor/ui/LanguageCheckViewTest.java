package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.editor.IssueIgnoreService;
import org.statementworkbench.languagecheck.CheckResult;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.languagecheck.MatchKind;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentRow;

/**
 * LanguageTool in the editor, with the real engine: a misspelling typed into the French target is underlined once
 * the translator pauses, listed once in the issues panel (a click there opens it), opened with its suggestions,
 * fixed with one click (the saved text changes), ignored with a reason in that segment (the same ignore as the
 * issues panel's), or its rule switched off by a reviewer for the statement (not by a translator).
 */
@SpringBootTest
class LanguageCheckViewTest extends SignedInBrowserlessTest {

    /** "résolusion" is a misspelling of "résolution". */
    static final String MISSPELT = "La Commission a adopté la résolusion sans vote.";

    static final String FIXED = "La Commission a adopté la résolution sans vote.";
    static final String ERROR = "résolusion";

    @Autowired
    TestData data;

    @Autowired
    LanguageRuleService rules;

    @Autowired
    IssueIgnoreService ignores;

    long statementId;

    @BeforeEach
    void statementAndTranslator() {
        statementId = data.statement(TestData.unique("Statement by Thailand"))
                .body("Commission on Crime Prevention and Criminal Justice")
                .session("thirty-first session", "5")
                .by("Thailand")
                .into(UnLanguage.FR, UnLanguage.AR)
                .paragraphs("The Commission adopted the resolution without a vote.", "Thank you.")
                .create();
        String translator = data.translator(TestData.unique("lt-editor-fr"), "Claire Dubois", UnLanguage.FR);
        TestSignIn.as(translator, Role.TRANSLATOR);
        data.languageChecksReady(UnLanguage.FR);
    }

    private EditorView openInFrench() {
        EditorView view = navigate(EditorView.class, statementId);
        view.toolbar.language.setValue(UnLanguage.FR);
        return view;
    }

    /** The LanguageTool range painted over exactly this text of the target, if any. */
    static java.util.Optional<HighlightRange> languageRangeOver(SegmentEditor editor, String text) {
        return editor.getRanges().stream()
                .filter(r -> r.id().startsWith(TargetRanges.PREFIX))
                .filter(r -> editor.getValue().substring(r.start(), r.end()).equals(text))
                .findFirst();
    }

    /** Types {@code text} and waits until its check result is shown. */
    static void typeAndWaitForTheCheck(EditorView view, String text) {
        view.editPane.target.setValue(text);
        runUiUpdatesUntil(() -> {
            CheckResult last = view.languageCheck.lastResult();
            return last != null && last.checked() && last.text().equals(SegmentEditor.plainText(text));
        });
    }

    /** Clicks the range in the target, as the browser reports it. */
    static void click(SegmentEditor editor, HighlightRange range) {
        ComponentUtil.fireEvent(
                editor,
                new RangeClickEvent(
                        editor, true, range.id(), range.kind().clientName(), range.start(), range.end(), true));
    }

    /** The browser's part of applying a suggestion: the replacement the server asked the editor to make. */
    void replaceAsTheBrowserWould(SegmentEditor editor) {
        List<Object> p = calls(editor, "replaceRange").getLast().getParameters();
        int start = ((Number) p.get(1)).intValue();
        int end = ((Number) p.get(2)).intValue();
        String value = editor.getValue();
        assertThat(value.substring(start, end)).isEqualTo(p.get(3));
        editor.setValue(value.substring(0, start) + p.get(4) + value.substring(end));
    }

    private List<SegmentRow> french() {
        return data.rows(statementId, UnLanguage.FR);
    }

    @Test
    void aMisspellingIsUnderlinedOnceTheTranslatorPausesAndListedInThePanel() {
        EditorView view = openInFrench();
        SegmentEditor target = view.editPane.target;
        long typed = System.nanoTime();
        target.setValue(MISSPELT);
        runUiUpdates();
        assertThat(languageRangeOver(target, ERROR))
                .as("not checked while typing")
                .isEmpty();

        runUiUpdatesUntil(() -> languageRangeOver(target, ERROR).isPresent());
        assertThat((System.nanoTime() - typed) / 1_000_000)
                .as("ms after the text arrived")
                .isGreaterThanOrEqualTo(SegmentLanguageCheck.PAUSE_MILLIS);
        HighlightRange flagged = languageRangeOver(target, ERROR).orElseThrow();
        assertThat(flagged.kind()).isEqualTo(HighlightKind.SPELLING);
        assertThat(flagged.message()).isNotBlank();

        // listed once, in the one issues panel, under Language (the terminology panel lists no issues)
        SegmentIssuesPanel panel = view.panes.issues.panel;
        List<ListItem> listed = panel.items.stream()
                .filter(i -> i.getElement().getTextRecursively().contains(flagged.message()))
                .toList();
        assertThat(listed).hasSize(1);
        assertThat(panel.groups.getElement().getTextRecursively()).contains("Language (");
        assertThat(view.languageCheck.status.text.isVisible())
                .as("checked: no status line")
                .isFalse();
        assertThat(view.terminology.panel.getElement().getTextRecursively()).doesNotContain(flagged.message());
        // the terminology panel is still there, below
        assertThat(view.terminology.panel.isAttached()).isTrue();

        // a click on the listed issue opens the match with its suggestions, as the underline does
        Span message = listed.getFirst()
                .getChildren()
                .filter(Span.class::isInstance)
                .map(Span.class::cast)
                .filter(c -> c.hasClassName("issue-message"))
                .findFirst()
                .orElseThrow();
        ComponentUtil.fireEvent(message, new ClickEvent<>(message));
        LanguageMatchPopover popover = view.languageCheck.popover;
        assertThat(popover.isOpened()).isTrue();
        assertThat(popover.takesFocus()).isTrue();
        assertThat(target.getSelectedText()).isEqualTo(ERROR);
        runUiUpdatesUntil(() -> !popover.suggestionButtons.isEmpty());
        assertThat(popover.suggestionButtons).extracting(Button::getText).contains("résolution");
    }

    @Test
    void aResultForATextTheTranslatorHasSinceChangedIsDropped() {
        EditorView view = openInFrench();
        SegmentEditor target = view.editPane.target;
        // a text no other test checked: a cached result would be shown at once, with no "checking" to see
        target.setValue("Ce jour-là, la Commission a adopté la résolusion sans vote.");
        runUiUpdatesUntil(() -> view.languageCheck.status.text.getText().startsWith("Checking"));
        // the check of MISSPELT is running; the translator fixes the word before its result is shown
        target.setValue(FIXED);
        // from now until the new text's result is shown, never the old text's (whose check is still running)
        runUiUpdatesUntil(() -> {
            CheckResult shown = view.languageCheck.lastResult();
            assertThat(shown == null || shown.text().equals(FIXED))
                    .as("never the result for the old text")
                    .isTrue();
            return shown != null;
        });
        assertThat(languageRangeOver(target, ERROR)).isEmpty();
        assertThat(view.languageCheck.matches()).noneMatch(m -> m.kind() == MatchKind.SPELLING);
    }

    @Test
    void openingAMatchLoadsItsSuggestionsAndOneClickFixesTheTextThatIsSaved() {
        EditorView view = openInFrench();
        SegmentEditor target = view.editPane.target;
        typeAndWaitForTheCheck(view, MISSPELT);
        click(target, languageRangeOver(target, ERROR).orElseThrow());

        LanguageMatchPopover popover = view.languageCheck.popover;
        assertThat(popover.isOpened()).isTrue();
        assertThat(popover.kind.getText()).isEqualTo("Spelling");
        // a click leaves the caret where it landed: the word is not selected (typing would replace it)
        assertThat(target.getSelectedText()).isEmpty();
        assertThat(popover.takesFocus()).as("the focus stays in the text").isFalse();
        runUiUpdatesUntil(() -> !popover.suggestionButtons.isEmpty());
        assertThat(popover.suggestionButtons).extracting(Button::getText).contains("résolution");
        assertThat(popover.suggestionButtons).hasSizeLessThanOrEqualTo(LanguageMatchPopover.MAX_SUGGESTIONS);

        test(popover.suggestionButtons.stream()
                        .filter(b -> b.getText().equals("résolution"))
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat(popover.isOpened()).isFalse();
        replaceAsTheBrowserWould(target);
        assertThat(target.getValue()).isEqualTo(FIXED);
        // checked again at once, without waiting for a pause
        runUiUpdatesUntil(() -> view.languageCheck.lastResult() != null
                && view.languageCheck.lastResult().text().equals(FIXED));
        assertThat(languageRangeOver(target, ERROR)).isEmpty();

        test(view.editPane.actions.confirm).click();
        assertThat(french().getFirst().target().text()).isEqualTo(FIXED);
    }

    @Test
    void anIgnoreFromThePopoverAsksWhyIsListedGreyedWithItsReasonAndIsNotCounted() {
        EditorView view = openInFrench();
        SegmentEditor target = view.editPane.target;
        typeAndWaitForTheCheck(view, MISSPELT);
        long segmentId = french().getFirst().segmentId();
        int before = view.languageIssues.of(segmentId, UnLanguage.FR);
        assertThat(before).isPositive();
        view.languageCheck.open(languageRangeOver(target, ERROR).orElseThrow().id());
        test(view.languageCheck.popover.ignore).click();

        // the same reason dialog as the issues panel's Ignore…
        assertThat(view.languageCheck.popover.isOpened()).isFalse();
        IgnoreIssueDialog dialog = find(IgnoreIssueDialog.class).single();
        test(dialog.reason).setValue("short");
        assertThat(dialog.ignore.isEnabled()).isFalse();
        String reason = "“Résolusion” is quoted as written in the delegation’s letter.";
        test(dialog.reason).setValue(reason);
        test(dialog.ignore).click();
        assertThat(find(IgnoreIssueDialog.class).all()).isEmpty();

        // ... through the one ignore service: greyed in the panel with its reason, no longer underlined or counted
        assertThat(ignores.ignored(segmentId, UnLanguage.FR)).singleElement().satisfies(i -> {
            assertThat(i.key().check().isIn("lt")).isTrue();
            assertThat(i.key().targetText()).isEqualTo(ERROR);
            assertThat(i.reason()).isEqualTo(reason);
        });
        SegmentIssuesPanel panel = view.panes.issues.panel;
        assertThat(panel.ignoredList.isVisible()).isTrue();
        assertThat(panel.ignoredList.getElement().getTextRecursively()).contains("Language: ", reason);
        assertThat(panel.summaryText.getText()).contains("1 ignored");
        assertThat(view.panes.issues.open()).noneMatch(i -> i.key().targetText().equals(ERROR));
        assertThat(languageRangeOver(target, ERROR)).isEmpty();
        assertThat(view.languageIssues.of(segmentId, UnLanguage.FR)).isEqualTo(before - 1);

        // a new check of an edited text still finds ERROR, and still hides it
        String edited = "Hier, la Commission a adopté la résolusion sans vote.";
        typeAndWaitForTheCheck(view, edited);
        assertThat(view.languageCheck.lastResult().matches())
                .anyMatch(m -> m.covered(edited).equals(ERROR));
        assertThat(languageRangeOver(target, ERROR)).isEmpty();
        assertThat(panel.ignoredList.getElement().getTextRecursively()).contains(reason);
        // also after leaving the segment and coming back
        test(view.editPane.actions.saveDraft).click();
        view.showSegment(2, UnLanguage.FR);
        view.showSegment(1, UnLanguage.FR);
        runUiUpdatesUntil(() -> view.languageCheck.lastResult() != null
                && view.languageCheck.lastResult().checked());
        assertThat(view.languageCheck.lastResult().text()).isEqualTo(edited);
        assertThat(languageRangeOver(target, ERROR)).isEmpty();
        assertThat(view.languageIssues.of(segmentId, UnLanguage.FR)).isEqualTo(before - 1);

        // a reviewer shows it again: underlined and counted again
        String reviewer = data.reviewer(TestData.unique("lt-editor-rev"), "Rui Costa", UnLanguage.FR);
        TestSignIn.as(reviewer, Role.REVIEWER);
        ignores.unignore(ignores.ignored(segmentId, UnLanguage.FR).getFirst().id());
        assertThat(ignores.ignored(segmentId, UnLanguage.FR)).isEmpty();
    }

    /** Types {@link #MISSPELT}, waits for its check and opens the popover of the match on {@link #ERROR}. */
    private static LanguageMatch openTheMisspelling(EditorView view) {
        typeAndWaitForTheCheck(view, MISSPELT);
        HighlightRange flagged = languageRangeOver(view.editPane.target, ERROR).orElseThrow();
        LanguageMatch match = view.languageCheck.matches().stream()
                .filter(m -> TargetRanges.rangeId(m).equals(flagged.id()))
                .findFirst()
                .orElseThrow();
        view.languageCheck.open(flagged.id());
        return match;
    }

    @Test
    void aReviewerSwitchesARuleOffForTheStatementAndATranslatorCannot() {
        EditorView view = openInFrench();
        LanguageMatch match = openTheMisspelling(view);
        assertThat(view.languageCheck.popover.offForStatement.isVisible()).isFalse();
        assertThat(view.languageCheck.popover.offGlobally.isVisible()).isFalse();
        assertThatThrownBy(() -> rules.switchOffForStatement(statementId, UnLanguage.FR, match.ruleId(), "x"))
                .isInstanceOf(AccessDeniedException.class);

        String reviewer = data.reviewer(TestData.unique("lt-editor-rev"), "Rui Costa", UnLanguage.FR);
        TestSignIn.as(reviewer, Role.REVIEWER);
        EditorView reviewing = openInFrench();
        openTheMisspelling(reviewing);
        assertThat(reviewing.languageCheck.popover.offGlobally.isVisible()).isFalse();
        test(reviewing.languageCheck.popover.offForStatement).click();

        assertThat(rules.settingsFor(statementId, UnLanguage.FR).disabledRules())
                .containsExactly(match.ruleId());
        runUiUpdatesUntil(() -> reviewing.languageCheck.lastResult() != null
                && reviewing.languageCheck.lastResult().checked()
                && reviewing.languageCheck.lastResult().matches().stream()
                        .noneMatch(m -> m.ruleId().equals(match.ruleId())));
        assertThat(languageRangeOver(reviewing.editPane.target, ERROR)).isEmpty();
    }

    @Test
    void anAdminSwitchesARuleOffForAllFrenchTextsAndBackOnInTheSettings() {
        String admin = data.admin(TestData.unique("lt-editor-admin"), "Amina El-Sayed");
        TestSignIn.as(admin, Role.ADMIN);
        EditorView view = openInFrench();
        String rule = openTheMisspelling(view).ruleId();
        assertThat(view.languageCheck.popover.offGlobally.getText()).isEqualTo("Switch off for all French texts");
        try {
            test(view.languageCheck.popover.offGlobally).click();
            assertThat(rules.globalSwitches()).anySatisfy(r -> {
                assertThat(r.ruleId()).isEqualTo(rule);
                assertThat(r.language()).isEqualTo(UnLanguage.FR);
                assertThat(r.switchedBy()).isEqualTo(admin);
            });
            runUiUpdatesUntil(() -> view.languageCheck.lastResult() != null
                    && view.languageCheck.lastResult().checked()
                    && languageRangeOver(view.editPane.target, ERROR).isEmpty());
        } finally {
            if (rules.globalSwitches().stream().anyMatch(r -> r.ruleId().equals(rule))) {
                rules.switchOnGlobally(UnLanguage.FR, rule);
            }
        }
    }
}
