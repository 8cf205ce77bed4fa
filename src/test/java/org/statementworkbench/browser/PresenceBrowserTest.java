package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * Two people in two browsers on one statement: each sees the other on the segment they have open (in the list
 * and above the edit pane), live, and sees them go when they move on, leave the editor, close the tab or sign out.
 */
class PresenceBrowserTest extends BrowserTest {

    PresenceBrowserTest() {
        super(1366, 768);
    }

    private long statement(String aminaName, String marcName) {
        user(aminaName, "Amina Haddad", Set.of(Role.TRANSLATOR), Set.of(UnLanguage.AR, UnLanguage.FR));
        user(marcName, "Marc Lefèvre", Set.of(Role.TRANSLATOR), Set.of(UnLanguage.AR, UnLanguage.FR));
        return importStatement(
                thailandAtCcpcj("Statement by Thailand", UnLanguage.AR, UnLanguage.FR),
                new ImportedDocument(List.of(
                        new ImportedParagraph(List.of(TextRun.plain("Mr. Chair,"))),
                        new ImportedParagraph(
                                List.of(TextRun.plain("Thailand pledges its commitment to tackle " + "cybercrime."))),
                        new ImportedParagraph(List.of(TextRun.plain("Thank you."))))));
    }

    /** "2:ML" for each row of the list that shows someone: the segment number and the initials shown. */
    @SuppressWarnings("unchecked")
    private static List<String> othersInList(WorkbenchPages browser) {
        return (List<String>) browser.js("""
                return [...document.querySelectorAll('vaadin-grid-cell-content .segment-presence')]
                    .filter(p => !p.hidden && p.querySelector('vaadin-avatar'))
                    .map(p => [...p.parentElement.querySelector('.segment-number').childNodes]
                        .filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim() + ':'
                        + [...p.querySelectorAll('vaadin-avatar')].map(a => a.abbr).join(','));
                """);
    }

    private static String note(WorkbenchPages browser) {
        var notes = browser.driver().findElements(By.cssSelector(".presence-note:not([hidden]) .presence-text"));
        return notes.isEmpty() ? "" : notes.getFirst().getAttribute("textContent");
    }

    private static void awaitOthers(WorkbenchPages browser, List<String> expected) {
        try {
            browser.waiting().until(d -> othersInList(browser).equals(expected));
        } catch (TimeoutException e) {
            browser.screenshot("presence-failed");
            throw new AssertionError("expected " + expected + " in the list, saw " + othersInList(browser), e);
        }
    }

    @Test
    void eachSeesTheOtherOnTheirSegmentUntilTheyLeave() {
        String aminaName = "presence-amina-" + System.nanoTime();
        String marcName = "presence-marc-" + System.nanoTime();
        long id = statement(aminaName, marcName);
        WorkbenchPages amina = pages;
        WorkbenchPages marc = anotherBrowser();
        amina.signIn(aminaName);
        marc.signIn(marcName);
        amina.openEditor(id, "?lang=ar&segment=2");
        marc.openEditor(id, "?lang=fr&segment=2");

        // both on segment 2: each sees the other there, in the list and above the edit pane
        awaitOthers(amina, List.of("2:ML"));
        awaitOthers(marc, List.of("2:AH"));
        amina.screenshot("presence-arabic-1366x768");
        amina.waiting().until(d -> note(amina).equals("Marc Lefèvre also has this segment open in French."));
        assertThat(amina.driver().findElement(By.cssSelector(".presence-note")).getAttribute("class"))
                .doesNotContain("same-language");

        // Marc moves on to segment 3 (Alt+Down): Amina sees him there, and alone on hers
        marc.press(Keys.ALT, Keys.ARROW_DOWN);
        awaitOthers(amina, List.of("3:ML"));
        amina.waiting().until(d -> note(amina).isEmpty());

        // Marc leaves the editor for the statement list: gone
        marc.open("/statements");
        awaitOthers(amina, List.of());

        // back on segment 2, now in Arabic like Amina: the note warns her
        marc.openEditor(id, "?lang=ar&segment=2");
        awaitOthers(amina, List.of("2:ML"));
        amina.waiting()
                .until(d -> d.findElement(By.cssSelector(".presence-note"))
                        .getAttribute("class")
                        .contains("same-language"));
        assertThat(note(amina)).isEqualTo("Marc Lefèvre also has this segment open in Arabic.");
        amina.screenshot("presence-same-language-1366x768");

        // Marc closes the tab (another tab of his stays open): gone
        WebDriver marcs = marc.driver();
        String editorTab = marcs.getWindowHandle();
        marcs.switchTo().newWindow(WindowType.TAB).get(marc.url("/statements"));
        marcs.switchTo().window(editorTab).close();
        marcs.switchTo().window(marcs.getWindowHandles().iterator().next());
        awaitOthers(amina, List.of());

        // back once more, then he signs out (his session ends): gone
        marc.openEditor(id, "?lang=fr&segment=1");
        awaitOthers(amina, List.of("1:ML"));
        marc.js("arguments[0].click()", marcs.findElement(By.xpath("//vaadin-button[contains(., 'Sign out')]")));
        awaitOthers(amina, List.of());
        assertThat(note(amina)).isEmpty();
    }
}
