package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.StatementImportService;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * Two people in two browsers on one statement: each sees the other on the segment they have open (in the list
 * and above the edit pane), live, and sees them go when they move on, leave the editor, close the tab or sign out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class PresenceBrowserTest {

    static final String PASSWORD = "browser-test-secret";
    static WebDriver amina;
    static WebDriver marc;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    StatementImportService importService;

    @BeforeAll
    static void startBrowsers() {
        amina = HeadlessChromium.start(1366, 768);
        marc = HeadlessChromium.start(1366, 768);
    }

    @AfterAll
    static void stopBrowsers() {
        for (WebDriver driver : new WebDriver[] {amina, marc}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return HeadlessChromium.waiting(driver);
    }

    private long statement(String aminaName, String marcName) {
        try {
            TestSignIn.as("presence-browser-admin", Role.ADMIN);
            if (users.listUsers().stream().noneMatch(u -> u.username().equals("presence-browser-admin"))) {
                users.createUser(
                        new NewUser("presence-browser-admin", "Ana Torres", PASSWORD, Set.of(Role.ADMIN), Set.of()));
            }
            users.createUser(new NewUser(
                    aminaName,
                    "Amina Haddad",
                    PASSWORD,
                    Set.of(Role.TRANSLATOR),
                    Set.of(UnLanguage.AR, UnLanguage.FR)));
            users.createUser(new NewUser(
                    marcName, "Marc Lefèvre", PASSWORD, Set.of(Role.TRANSLATOR), Set.of(UnLanguage.AR, UnLanguage.FR)));
            return importService.importStatement(
                    new NewStatement(
                            "Statement by Thailand",
                            null,
                            "Commission on Crime Prevention and Criminal Justice",
                            "thirty-first session",
                            "5",
                            null,
                            "Thailand",
                            null,
                            UnLanguage.EN,
                            EnumSet.of(UnLanguage.AR, UnLanguage.FR)),
                    new ImportedDocument(List.of(
                            new ImportedParagraph(List.of(TextRun.plain("Mr. Chair,"))),
                            new ImportedParagraph(List.of(
                                    TextRun.plain("Thailand pledges its commitment to tackle " + "cybercrime."))),
                            new ImportedParagraph(List.of(TextRun.plain("Thank you."))))),
                    null);
        } finally {
            TestSignIn.out();
        }
    }

    private void openEditor(WebDriver driver, long statementId, String query) {
        driver.get("http://localhost:" + port + "/statement/" + statementId + query);
        waiting(driver)
                .until(d -> !d.findElements(By.cssSelector(".segment-edit-pane segment-editor.edit-target"))
                                .isEmpty()
                        && d.findElement(By.cssSelector(".segment-edit-pane"))
                                .getText()
                                .contains("Segment"));
    }

    /** "2:ML" for each row of the list that shows someone: the segment number and the initials shown. */
    @SuppressWarnings("unchecked")
    private static List<String> othersInList(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('vaadin-grid-cell-content .segment-presence')]
                    .filter(p => !p.hidden && p.querySelector('vaadin-avatar'))
                    .map(p => [...p.parentElement.querySelector('.segment-number').childNodes]
                        .filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim() + ':'
                        + [...p.querySelectorAll('vaadin-avatar')].map(a => a.abbr).join(','));
                """);
    }

    private static String note(WebDriver driver) {
        var notes = driver.findElements(By.cssSelector(".presence-note:not([hidden]) .presence-text"));
        return notes.isEmpty() ? "" : notes.getFirst().getAttribute("textContent");
    }

    private static void awaitOthers(WebDriver driver, List<String> expected) {
        try {
            waiting(driver).until(d -> othersInList(d).equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            HeadlessChromium.screenshot(driver, "presence-failed");
            throw new AssertionError("expected " + expected + " in the list, saw " + othersInList(driver), e);
        }
    }

    @Test
    void eachSeesTheOtherOnTheirSegmentUntilTheyLeave() {
        String aminaName = "presence-amina-" + System.nanoTime();
        String marcName = "presence-marc-" + System.nanoTime();
        long id = statement(aminaName, marcName);
        HeadlessChromium.signIn(amina, port, aminaName, PASSWORD);
        HeadlessChromium.signIn(marc, port, marcName, PASSWORD);
        openEditor(amina, id, "?lang=ar&segment=2");
        openEditor(marc, id, "?lang=fr&segment=2");

        // both on segment 2: each sees the other there, in the list and above the edit pane
        awaitOthers(amina, List.of("2:ML"));
        awaitOthers(marc, List.of("2:AH"));
        HeadlessChromium.screenshot(amina, "presence-arabic-1366x768");
        waiting(amina).until(d -> note(d).equals("Marc Lefèvre also has this segment open in French."));
        assertThat(amina.findElement(By.cssSelector(".presence-note")).getAttribute("class"))
                .doesNotContain("same-language");

        // Marc moves on to segment 3 (Alt+Down): Amina sees him there, and alone on hers
        new Actions(marc)
                .keyDown(Keys.ALT)
                .sendKeys(Keys.ARROW_DOWN)
                .keyUp(Keys.ALT)
                .perform();
        awaitOthers(amina, List.of("3:ML"));
        waiting(amina).until(d -> note(d).isEmpty());

        // Marc leaves the editor for the statement list: gone
        marc.get("http://localhost:" + port + "/statements");
        awaitOthers(amina, List.of());

        // back on segment 2, now in Arabic like Amina: the note warns her
        openEditor(marc, id, "?lang=ar&segment=2");
        awaitOthers(amina, List.of("2:ML"));
        waiting(amina)
                .until(d -> d.findElement(By.cssSelector(".presence-note"))
                        .getAttribute("class")
                        .contains("same-language"));
        assertThat(note(amina)).isEqualTo("Marc Lefèvre also has this segment open in Arabic.");
        HeadlessChromium.screenshot(amina, "presence-same-language-1366x768");

        // Marc closes the tab (another tab of his stays open): gone
        String editorTab = marc.getWindowHandle();
        marc.switchTo().newWindow(WindowType.TAB).get("http://localhost:" + port + "/statements");
        marc.switchTo().window(editorTab).close();
        marc.switchTo().window(marc.getWindowHandles().iterator().next());
        awaitOthers(amina, List.of());

        // back once more, then he signs out (his session ends): gone
        openEditor(marc, id, "?lang=fr&segment=1");
        awaitOthers(amina, List.of("1:ML"));
        ((JavascriptExecutor) marc)
                .executeScript(
                        "arguments[0].click()", marc.findElement(By.xpath("//vaadin-button[contains(., 'Sign out')]")));
        awaitOthers(amina, List.of());
        assertThat(note(amina)).isEmpty();
    }
}
