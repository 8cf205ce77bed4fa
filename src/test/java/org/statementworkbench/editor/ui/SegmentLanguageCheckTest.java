package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.UiBroadcaster;
import org.statementworkbench.languagecheck.CheckResult;
import org.statementworkbench.languagecheck.LanguageCheckService;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.languagecheck.MatchKind;
import org.statementworkbench.languagecheck.RuleSettings;

/**
 * How the editor shows what the check service answers, whatever the engine: a language still warming ("checking
 * available shortly"), a text that could not be checked (with the reason), matches at marked offsets. The service
 * is replaced here because a failing LanguageTool cannot be provoked on purpose.
 */
class SegmentLanguageCheckTest {

    private final LanguageCheckService checks = mock(LanguageCheckService.class);
    private final LanguageRuleService rules = mock(LanguageRuleService.class);
    private final SegmentEditor editor = new SegmentEditor();
    private SegmentLanguageCheck check;

    @BeforeEach
    void editor() {
        UI ui = new UI();
        UI.setCurrent(ui);
        ui.add(editor);
        when(rules.settingsFor(anyLong(), any())).thenReturn(RuleSettings.DEFAULT);
        check = new SegmentLanguageCheck(
                checks, rules, new UiBroadcaster<>(Runnable::run), editor, new TargetRanges(editor), Set::of);
    }

    private void answer(String text, CheckResult result) {
        when(checks.check(eq(UnLanguage.FR), eq(text), any())).thenReturn(CompletableFuture.completedFuture(result));
    }

    @Test
    void aTextThatCouldNotBeCheckedSaysWhy() {
        String text = "La Commission a adopté la résolution sans vote.";
        editor.setValue(text);
        answer(text, CheckResult.notChecked(UnLanguage.FR, text, "LanguageTool took longer than 5 s"));
        check.show(new SegmentLanguageCheck.Target(1, 2, 1, UnLanguage.FR, true));

        assertThat(check.status.text.getText()).isEqualTo("Not checked: LanguageTool took longer than 5 s");
        assertThat(check.status.text.isVisible()).isTrue();
        assertThat(check.status.getElement().getAttribute("data-state")).isEqualTo("not-checked");
        assertThat(editor.getRanges()).isEmpty();
    }

    @Test
    void aLanguageStillLoadingSaysCheckingIsAvailableShortly() {
        String text = "La Commission a adopté la résolution sans vote.";
        editor.setValue(text);
        answer(text, CheckResult.warming(UnLanguage.FR, text));
        check.show(new SegmentLanguageCheck.Target(1, 2, 1, UnLanguage.FR, true));

        assertThat(check.status.text.getText()).isEqualTo("French checking available shortly");
        assertThat(check.status.getElement().getAttribute("data-state")).isEqualTo("warming");
    }

    @Test
    void matchesInThePlainTextArePaintedOverTheMarkedText() {
        String marked = "La **Commission** a adopté la résolusion sans vote.";
        String plain = SegmentEditor.plainText(marked);
        int start = plain.indexOf("résolusion");
        var match = new LanguageMatch(
                LanguageMatch.idOf("FR_SPELLING_RULE", start, start + 10, "résolusion"),
                "FR_SPELLING_RULE",
                "Faute de frappe",
                "TYPOS",
                MatchKind.SPELLING,
                start,
                start + 10,
                "Faute de frappe possible trouvée.",
                "Faute de frappe",
                List.of(),
                true);
        editor.setValue(marked);
        answer(plain, CheckResult.checked(UnLanguage.FR, plain, List.of(match)));
        List<SegmentLanguageCheck.Checked> counted = new java.util.ArrayList<>();
        check.onChecked(counted::add);
        check.show(new SegmentLanguageCheck.Target(1, 2, 1, UnLanguage.FR, true));

        HighlightRange range = editor.getRanges().getFirst();
        assertThat(marked.substring(range.start(), range.end())).isEqualTo("résolusion");
        assertThat(range.kind()).isEqualTo(HighlightKind.SPELLING);
        assertThat(editor.getElement().getProperty("rangesValue")).isEqualTo(marked);
        assertThat(check.status.text.isVisible())
                .as("checked: the matches are in the issues panel")
                .isFalse();
        assertThat(counted).containsExactly(new SegmentLanguageCheck.Checked(2, UnLanguage.FR, 1));
    }

    @Test
    void spacesAtTheEndsOfMatchedWordsAndSuggestionsAreShown() {
        assertThat(LanguageMatchPopover.showSpaces("  ")).isEqualTo("␣␣");
        assertThat(LanguageMatchPopover.showSpaces(" ,")).isEqualTo("␣,");
        assertThat(LanguageMatchPopover.showSpaces("\u202F:")).isEqualTo("⍽:");
        assertThat(LanguageMatchPopover.showSpaces("États Membres")).isEqualTo("États Membres");
    }
}
