package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.memory.ConcordanceService;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationState;

/**
 * The editor's memory dialogs at 1366 x 768, at the keyboard: Ctrl+K opens the concordance with the focus in the
 * query, Enter searches and lists the hits with the words marked and the Arabic beside them right to left; the
 * memory analysis counts the bands and pre-translation fills the empty targets. SDG goals 1, 5 and 3, of which
 * goals 1 and 5 were approved in an earlier statement. Screenshots: target/screenshots/memory-*.png.
 */
@TestPropertySource(properties = "workbench.memory.fill-exact-matches=true")
class MemoryDialogsBrowserTest extends BrowserTest {

    @Autowired
    ConcordanceService concordance;

    MemoryDialogsBrowserTest() {
        super(1366, 768);
    }

    /** An administrator who exists in the database (the memory's services read the signed-in account). */
    private final String admin = uniqueTag("memadmin");

    private void approve(long statement, int number, UnLanguage language, String text) {
        as(admin, Role.ADMIN, () -> {
            long segment = translations
                    .rows(statement, language, SegmentQuery.all(), number - 1, 1)
                    .getFirst()
                    .segmentId();
            return translations.approveOverriding(
                    new SaveTranslation(
                            segment, language, text, SegmentStatus.APPROVED, TranslationState.UNSAVED_VERSION),
                    "The wording is that of the UN translation of the goal.");
        });
    }

    private WebElement openDialog(String cssClass) {
        return pages.waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-dialog." + cssClass + "[opened]")).stream()
                        .findFirst()
                        .orElse(null));
    }

    @Test
    void concordanceAnalysisAndPreTranslationAtTheKeyboard() {
        user(admin, "Sofia Petrova", Set.of(Role.ADMIN), Set.of());
        long earlier = sdgGoalsStatement(uniqueTag("Earlier"));
        fourEyesOff(earlier);
        approve(earlier, 1, UnLanguage.FR, SdgGoals.GOAL_1_FR);
        approve(earlier, 1, UnLanguage.AR, SdgGoals.GOAL_1_AR);
        approve(earlier, 2, UnLanguage.FR, SdgGoals.GOAL_5_FR);
        approve(earlier, 2, UnLanguage.AR, SdgGoals.GOAL_5_AR);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(
                        admin,
                        Role.ADMIN,
                        () -> concordance.search(UnLanguage.EN, "girl", UnLanguage.AR, 200).stream()
                                .anyMatch(h -> earlier == h.statementId())));
        long statement = sdgGoalsStatement(uniqueTag("Analysed"));
        String translator = uniqueTag("memtr");
        user(translator, "Amina Haddad", Set.of(Role.TRANSLATOR), Set.of(UnLanguage.AR, UnLanguage.FR));
        pages.openEditorAs(translator, statement, UnLanguage.AR);
        pages.atSegment(1);
        // the approved goal 1 is a 100% match: the editor fills the empty target with it as a draft from memory
        pages.waiting().until(d -> pages.value("edit-target").equals(SdgGoals.GOAL_1_AR));

        pages.press(Keys.CONTROL, "k");
        WebElement dialog = openDialog("concordance-dialog");
        pages.waiting().until(d -> Boolean.TRUE.equals(pages.js("""
                const a = document.activeElement;
                return !!a && !!a.closest && !!a.closest('vaadin-dialog.concordance-dialog vaadin-text-field');
                """)));
        pages.keys().sendKeys("girl").sendKeys(Keys.ENTER).perform();
        pages.waiting().until(d -> !dialog.findElements(By.cssSelector("mark")).isEmpty());
        assertThat(dialog.findElements(By.cssSelector("mark")).stream().map(WebElement::getText))
                .contains("girls");
        assertThat(dialog.findElements(By.cssSelector(".concordance-text[dir=rtl]")).stream()
                        .map(WebElement::getText))
                .contains(SdgGoals.GOAL_5_AR);
        pages.settled();
        pages.screenshot("memory-concordance-dialog");
        pages.press(Keys.ESCAPE);
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-dialog.concordance-dialog[opened]"))
                        .isEmpty());

        pages.clickButton("Memory analysis");
        WebElement analysis = openDialog("memory-analysis-dialog");
        pages.clickButton("Analyse");
        pages.waiting()
                .until(d -> analysis.getText().contains("Repetitions")
                        && analysis.getText().contains("Total"));
        pages.settled();
        pages.screenshot("memory-analysis-dialog");
        pages.clickButton("Pre-translate");
        pages.waiting().until(d -> analysis.getText().contains("Filled"));
        // Arabic segment 1 was filled from its 100% match when the editor opened it: pre-translation leaves it
        assertThat(analysis.getText()).contains("Filled 3, skipped 3");
        assertThat(analysis.getText()).contains("Arabic: 1 filled, 1 already translated");
        pages.settled();
        pages.screenshot("memory-pretranslation-done");
        TranslationState arabic1 = saved(translator, Role.TRANSLATOR, statement, UnLanguage.AR, 1);
        assertThat(arabic1.text()).isEqualTo(SdgGoals.GOAL_1_AR);
        assertThat(arabic1.memoryScore()).isEqualTo(100);
        assertThat(saved(translator, Role.TRANSLATOR, statement, UnLanguage.FR, 1)
                        .memoryScore())
                .as("pre-translated")
                .isEqualTo(100);
        assertThat(saved(translator, Role.TRANSLATOR, statement, UnLanguage.FR, 2)
                        .status())
                .isEqualTo(SegmentStatus.DRAFT);
        assertThat(saved(translator, Role.TRANSLATOR, statement, UnLanguage.FR, 3)
                        .text())
                .isEmpty();
    }
}
