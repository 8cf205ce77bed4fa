package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.memory.MemoryService;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementDetails;
import org.statementworkbench.statement.TranslationState;

/**
 * The memory matches panel in a real browser at 1366x768: a fuzzy match of SDG target 6.1 listed with its score and
 * difference, Ctrl+1 in the target puts it in (the browser does not take the key for itself), and an exact match
 * of target 5.1 fills the empty target of the next segment as a draft from the memory.
 */
@TestPropertySource(properties = "workbench.memory.fill-exact-matches=true")
class MemoryMatchesBrowserTest extends BrowserTest {

    static final String WATER =
            "By 2030, achieve universal and equitable access to safe and affordable drinking" + " water for all.";
    static final String WATER_FR =
            "D’ici à 2030, assurer l’accès universel et équitable à l’eau potable, à un coût abordable.";
    static final String DISCRIMINATION = "End all forms of discrimination against all women and girls everywhere.";
    static final String DISCRIMINATION_FR =
            "Mettre fin, partout dans le monde, à toutes les formes de discrimination à l’égard des femmes et des filles.";

    @Autowired
    MemoryService memory;

    MemoryMatchesBrowserTest() {
        super(1366, 768);
    }

    private long statement(String title, String text) {
        return importStatement(
                new NewStatement(
                        title,
                        new StatementDetails(null, "General Assembly", null, null, null, null, null),
                        UnLanguage.EN,
                        EnumSet.of(UnLanguage.FR)),
                text);
    }

    @Test
    void theMatchesPanelShowsAFuzzyMatchAndCtrl1PutsItIntoTheTarget() {
        String tag = uniqueTag("tm");
        long earlier = statement("SDG targets 5.1 and 6.1 " + tag, WATER + "\n\n" + DISCRIMINATION);
        fourEyesOff(earlier);
        String admin = "tm-admin-" + System.nanoTime();
        user(admin, "Sofia Petrova", Set.of(Role.ADMIN), Set.of());
        as(admin, Role.ADMIN, () -> {
            List<SegmentRow> rows = translations.rows(earlier, UnLanguage.FR, SegmentQuery.all(), 0, 10);
            for (int i = 0; i < 2; i++) {
                translations.approveOverriding(
                        new SaveTranslation(
                                rows.get(i).segmentId(),
                                UnLanguage.FR,
                                i == 0 ? WATER_FR : DISCRIMINATION_FR,
                                SegmentStatus.APPROVED,
                                TranslationState.UNSAVED_VERSION),
                        "The wording is the UN translation of the SDG target.");
            }
            return null;
        });
        String translator = "tm-fr-" + System.nanoTime();
        user(translator, "Claire Dubois", Set.of(Role.TRANSLATOR), Set.of(UnLanguage.FR));
        long statementId =
                statement("SDG targets again " + tag, WATER.replace(" and equitable", "") + "\n\n" + DISCRIMINATION);
        // the memory records approvals on its own thread
        pages.waiting()
                .until(d -> as(
                        admin,
                        Role.ADMIN,
                        () -> !memory.matches(UnLanguage.EN, UnLanguage.FR, DISCRIMINATION, null, 1, 100)
                                .isEmpty()));

        pages.openEditorAs(translator, statementId, UnLanguage.FR);
        pages.waiting()
                .until(d -> !d.findElements(By.cssSelector(".memory-match")).isEmpty());
        pages.settled();
        pages.js("document.querySelector('.memory-panel').scrollIntoView({block: 'end'})");
        pages.screenshot("editor-memory-matches-1366x768");
        String card = driver.findElement(By.cssSelector(".memory-match")).getText();
        assertThat(card).contains(WATER_FR).contains("Approved statements").contains("Use (Ctrl+1)");
        assertThat(driver.findElement(By.cssSelector(".memory-match .diff-removed"))
                        .getText())
                .contains("and equitable");

        pages.target().click();
        pages.press(Keys.CONTROL, "1");
        pages.waiting().until(d -> pages.value("edit-target").equals(WATER_FR));
        assertThat(driver.getWindowHandles()).hasSize(1);

        // the next segment is in the memory as it is: its empty target is filled, as a draft from the memory
        pages.press(Keys.ALT, Keys.ARROW_DOWN);
        pages.atSegment(2);
        pages.waiting().until(d -> pages.value("edit-target").equals(DISCRIMINATION_FR));
        pages.waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane .edit-state"))
                        .getText()
                        .contains("from memory"));
        pages.settled();
        pages.screenshot("editor-memory-filled-1366x768");
        assertThat(saved(translator, Role.TRANSLATOR, statementId, UnLanguage.FR, 1)
                        .text())
                .isEqualTo(WATER_FR);
        assertThat(saved(translator, Role.TRANSLATOR, statementId, UnLanguage.FR, 2)
                        .memoryScore())
                .isGreaterThanOrEqualTo(100);
    }
}
