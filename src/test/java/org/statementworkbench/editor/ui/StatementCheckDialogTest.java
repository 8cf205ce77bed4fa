package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.editor.IgnoreKey;
import org.statementworkbench.editor.IssueIgnoreService;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;

/**
 * The language check of a whole statement from the editor: progress while it runs, Cancel, the summary per
 * language and kind, and the segments with matches marked in the list and opened from the dialog.
 */
@SpringBootTest
class StatementCheckDialogTest extends SignedInBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    LanguageRuleService rules;

    @Autowired
    IssueIgnoreService ignores;

    String reviewer = "";

    @BeforeEach
    void reviewerOfFrenchAndArabic() {
        reviewer = data.reviewer(TestData.unique("lt-batch-rev"), "Rui Costa", UnLanguage.FR, UnLanguage.AR);
        data.languageChecksReady(UnLanguage.FR, UnLanguage.AR);
    }

    /**
     * A statement of the given English paragraphs, each French and Arabic text saved by the reviewer on its
     * paragraph's segment.
     */
    private long statement(List<String> english, Map<UnLanguage, List<String>> targets) {
        long id = data.statement(TestData.unique("Statement"))
                .body("Commission on Crime Prevention and Criminal Justice")
                .by("Thailand")
                .into(UnLanguage.FR, UnLanguage.AR)
                .paragraphs(english)
                .create();
        TestSignIn.as(reviewer, Role.REVIEWER);
        List<SegmentRow> rows = data.rows(id, UnLanguage.FR);
        // only paragraphs that stay one segment get their translation: the texts must belong together
        Map<Integer, List<SegmentRow>> byParagraph =
                rows.stream().collect(Collectors.groupingBy(SegmentRow::paragraph, TreeMap::new, Collectors.toList()));
        int i = 0;
        for (List<SegmentRow> paragraph : byParagraph.values()) {
            if (paragraph.size() == 1) {
                for (var target : targets.entrySet()) {
                    String text = target.getValue().get(i);
                    if (!text.isEmpty()) {
                        data.translate(paragraph.getFirst().segmentId(), target.getKey(), text, SegmentStatus.DRAFT);
                    }
                }
            }
            i++;
        }
        return id;
    }

    private StatementCheckDialog openCheck(long statementId) {
        EditorView view = navigate(EditorView.class, statementId);
        test(view.toolbar.checkStatement).click();
        return find(StatementCheckDialog.class).single();
    }

    @Test
    void aCheckOfHundredsOfSegmentsShowsItsProgressAndStopsOnCancel() {
        SdgCorpus sdg = SdgCorpus.load(SdgCorpus.defaultLocation());
        List<String> keys = sdg.sentences().keySet().stream()
                .filter(k -> k.matches("\\d+-\\w+-\\w+-title") || k.matches("\\d+-\\w+-title"))
                .filter(k -> !sdg.text(k, "en").isBlank()
                        && !sdg.text(k, "fr").isBlank()
                        && !sdg.text(k, "ar").isBlank())
                .limit(300)
                .toList();
        long id = statement(
                keys.stream().map(k -> sdg.text(k, "en")).toList(),
                Map.of(
                        UnLanguage.FR, keys.stream().map(k -> sdg.text(k, "fr")).toList(),
                        UnLanguage.AR, keys.stream().map(k -> sdg.text(k, "ar")).toList()));
        // a rule switched off in this statement alone makes its rule settings new to the check service's result
        // cache: every text is checked now, whatever other tests checked before
        for (UnLanguage language : List.of(UnLanguage.FR, UnLanguage.AR)) {
            rules.switchOffForStatement(id, language, "UN_TEST_FRESH_SETTINGS_" + System.nanoTime(), "test");
        }
        StatementCheckDialog dialog = openCheck(id);
        assertThat(dialog.languages.getValue()).containsExactlyInAnyOrder(UnLanguage.FR, UnLanguage.AR);

        test(dialog.start).click();
        assertThat(dialog.start.isEnabled()).isFalse();
        assertThat(dialog.cancel.isEnabled()).isTrue();
        List<String> seen = new ArrayList<>();
        runUiUpdatesUntil(() -> {
            seen.add(dialog.progressText.getText());
            return dialog.progress.getValue() > 0;
        });
        String shown = dialog.progressText.getText();
        assertThat(shown).matches("\\d+ of \\d+ texts checked");
        int total = Integer.parseInt(shown.replaceAll(".* of (\\d+) texts checked", "$1"));
        assertThat(total).isGreaterThan(400);

        test(dialog.cancel).click();
        runUiUpdatesUntil(() -> dialog.progressText.getText().startsWith("Cancelled"));
        var summary = dialog.result();
        assertThat(summary).isNotNull();
        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.done()).isPositive().isLessThan(total);
        assertThat(dialog.progressText.getText())
                .isEqualTo("Cancelled: " + summary.done() + " of " + total + " texts checked.");
        assertThat(dialog.summary.getElement().getTextRecursively()).contains("French: ", "Arabic: ");
        assertThat(dialog.start.isEnabled()).isTrue();
        assertThat(dialog.cancel.isEnabled()).isFalse();
        assertThat(seen).anyMatch(s -> s.equals("Reading the segments…") || s.matches("\\d+ of \\d+ texts checked"));
    }

    @Test
    void theSummaryCountsMatchesPerLanguageAndKindAndTheListOpensASegment() {
        long id = statement(
                List.of("The Commission adopted the resolution without a vote.", "Thank you.", "Mr. Chair,"),
                Map.of(
                        UnLanguage.FR, List.of(LanguageCheckViewTest.MISSPELT, "Je vous remercie.", ""),
                        UnLanguage.AR, List.of("اعتمدت اللجنة القرار دون تصويت.", "", "")));
        EditorView view = navigate(EditorView.class, id);
        test(view.toolbar.checkStatement).click();
        StatementCheckDialog dialog = find(StatementCheckDialog.class).single();
        test(dialog.start).click();
        runUiUpdatesUntil(() -> dialog.progressText.getText().startsWith("All"));

        assertThat(dialog.progressText.getText()).isEqualTo("All 3 texts checked.");
        var summary = dialog.result();
        var french = summary.languages().stream()
                .filter(t -> t.language() == UnLanguage.FR)
                .findFirst()
                .orElseThrow();
        assertThat(french.texts()).isEqualTo(2);
        assertThat(french.checked()).isEqualTo(2);
        assertThat(french.notChecked()).isZero();
        assertThat(french.kinds().get(org.statementworkbench.languagecheck.MatchKind.SPELLING))
                .isEqualTo(1);
        assertThat(dialog.summary.getElement().getTextRecursively())
                .contains("French: 1 spelling, 0 grammar, 0 style in 2 of 2 texts")
                .contains("Arabic: 0 spelling, 0 grammar, 0 style in 1 of 1 texts");
        assertThat(summary.flagged()).singleElement().satisfies(f -> {
            assertThat(f.number()).isEqualTo(1);
            assertThat(f.language()).isEqualTo(UnLanguage.FR);
            assertThat(f.matches()).isEqualTo(1);
        });
        // marked in the editor's list
        view.toolbar.language.setValue(UnLanguage.FR);
        assertThat(test(view.grid).getLitRendererPropertyValue(0, 0, "lt", String.class))
                .isEqualTo("1");
        assertThat(test(view.grid).getLitRendererPropertyValue(1, 0, "lt", String.class))
                .isEmpty();

        // opened from the dialog's list
        view.showSegment(2, UnLanguage.FR);
        test(dialog.flagged).clickRow(0);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");
        assertThat(view.toolbar.language.getValue()).isEqualTo(UnLanguage.FR);

        // a match ignored (through the one ignore service, as the issues panel and the popover do) is left out
        ignores.ignore(
                summary.flagged().getFirst().segmentId(),
                UnLanguage.FR,
                new IgnoreKey(CheckId.languageTool("FR_SPELLING_RULE"), LanguageCheckViewTest.ERROR, "", ""),
                "Quoted as written in the delegation's letter.");
        test(dialog.start).click();
        runUiUpdatesUntil(() ->
                dialog.result() != summary && dialog.progressText.getText().startsWith("All"));
        assertThat(dialog.result().flagged()).isEmpty();
        assertThat(dialog.summary.getElement().getTextRecursively())
                .contains("French: 0 spelling, 0 grammar, 0 style in 2 of 2 texts");
    }
}
