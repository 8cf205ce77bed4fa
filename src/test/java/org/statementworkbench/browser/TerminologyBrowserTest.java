package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ProposalRequest;
import org.statementworkbench.glossary.TermProposalService;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.StatementImportService;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * The editor's terminology in a real browser, French and Arabic: source terms highlighted (bold text included),
 * a deprecated target term underlined with its tooltip, a missing term and a proposed hint, the panel beside.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class TerminologyBrowserTest {

    static final String PASSWORD = "browser-test-secret";
    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    StatementImportService importService;

    @Autowired
    TermProposalService proposals;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start(1400, 1150);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebDriverWait waiting() {
        return HeadlessChromium.waiting(driver);
    }

    private long statementWithTerms(String translator) {
        try {
            TestSignIn.as("terms-browser-admin", Role.ADMIN);
            if (users.listUsers().stream().noneMatch(u -> u.username().equals("terms-browser-admin"))) {
                // an administrator must exist, or every page leads to the first-run setup
                users.createUser(
                        new NewUser("terms-browser-admin", "Ana Torres", PASSWORD, Set.of(Role.ADMIN), Set.of()));
            }
            users.createUser(new NewUser(
                    translator,
                    "Amina Haddad",
                    PASSWORD,
                    Set.of(Role.TRANSLATOR),
                    Set.of(UnLanguage.AR, UnLanguage.FR)));
            TestSignIn.as(translator, Role.TRANSLATOR);
            proposals.propose(new ProposalRequest(
                    null, "en", "online grooming", "fr", "pédopiégeage", null, null, null, null, null, null));
            TestSignIn.as("terms-browser-admin", Role.ADMIN);
            return importService.importStatement(
                    new NewStatement(
                            "Terminology in the editor",
                            null,
                            "Security Council",
                            null,
                            null,
                            null,
                            "Thailand",
                            null,
                            UnLanguage.EN,
                            EnumSet.of(UnLanguage.AR, UnLanguage.FR)),
                    new ImportedDocument(
                            List.of(
                                    new ImportedParagraph(
                                            List.of(
                                                    TextRun.plain("The "),
                                                    TextRun.bold("Security Council"),
                                                    TextRun.plain(
                                                            " urges all "
                                                                    + "Member States to criminalize child sexual abuse material and online grooming."))))),
                    null);
        } finally {
            TestSignIn.out();
        }
    }

    private SearchContext editor(String cssClass) {
        return waiting()
                .until(d -> d.findElement(By.cssSelector("segment-editor." + cssClass))
                        .getShadowRoot());
    }

    private void typeAndWaitForError(String text) {
        WebElement textarea = editor("edit-target").findElement(By.cssSelector("textarea"));
        textarea.click();
        textarea.sendKeys(text);
        waiting()
                .until(d -> !editor("edit-target")
                        .findElements(By.cssSelector(".kind-term-error"))
                        .isEmpty());
        WebElement error = editor("edit-target").findElement(By.cssSelector(".kind-term-error"));
        new Actions(driver).moveToElement(error).perform();
        waiting()
                .until(d -> editor("edit-target")
                        .findElement(By.cssSelector(".tip"))
                        .isDisplayed());
    }

    @Test
    void termsIssuesAndThePanelInFrenchAndArabic() {
        String translator = "terms-browser-" + System.nanoTime() % 1_000_000;
        long id = statementWithTerms(translator);
        HeadlessChromium.signIn(driver, port, translator, PASSWORD);

        driver.get("http://localhost:" + port + "/statement/" + id + "?lang=fr");
        waiting()
                .until(d -> editor("edit-source")
                                .findElements(By.cssSelector(".kind-term-hit"))
                                .size()
                        >= 2);
        typeAndWaitForError("Le Conseil de sécurité exhorte tous les pays à ériger en infraction la "
                + "pornographie mettant en scène des enfants et le pédopiégeage.");
        SearchContext source = editor("edit-source");
        assertThat(source.findElement(By.cssSelector(".kind-term-hit")).getText())
                .isEqualTo("Security Council");
        assertThat(source.findElement(By.cssSelector(".kind-term-missing")).getText())
                .isEqualTo("Member States");
        assertThat(source.findElement(By.cssSelector(".kind-term-hint")).getText())
                .isEqualTo("online grooming");
        assertThat(editor("edit-target").findElement(By.cssSelector(".tip")).getText())
                .contains("pornographie mettant en scène des enfants", "deprecated");
        assertThat(driver.findElement(By.cssSelector(".terminology-panel")).getText())
                .contains("États Membres", "do not use", "States Members of the United Nations.");
        HeadlessChromium.screenshot(driver, "terminology-french");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.querySelector('.terminology-panel').scrollTop = 10000");
        HeadlessChromium.screenshot(driver, "terminology-french-panel");

        driver.get("http://localhost:" + port + "/statement/" + id + "?lang=ar");
        waiting()
                .until(d -> editor("edit-source")
                                .findElements(By.cssSelector(".kind-term-hit"))
                                .size()
                        >= 2);
        typeAndWaitForError("يحث مجلس الأمن جميع الدول على تجريم استغلال الأطفال في المواد الإباحية.");
        assertThat(driver.findElement(By.cssSelector(".terminology-panel .term-targets"))
                        .getDomAttribute("dir"))
                .isEqualTo("rtl");
        HeadlessChromium.screenshot(driver, "terminology-arabic");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.querySelector('.terminology-panel').scrollTop = 10000");
        HeadlessChromium.screenshot(driver, "terminology-arabic-panel");
    }
}
