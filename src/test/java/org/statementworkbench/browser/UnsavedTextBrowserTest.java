package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.security.UserUpdate;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementImportService;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * Text typed in the editor and not yet saved survives every way out of the editor: a menu link and the back button
 * keep it as a draft; a reload or leaving the site is asked about first; a draft the server refuses (a colleague's
 * save in between, a language taken away) is asked about, never dropped silently. Arabic and French, SDG goals.
 * Screenshots: target/screenshots/unsaved-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class UnsavedTextBrowserTest {

    static final String PASSWORD = "browser-test-secret";
    static final AtomicInteger COUNTER = new AtomicInteger();
    /** SDG goal 1 in UN Arabic and French (unstats Open SDG files). */
    static final String GOAL_1_AR = "القضاء على الفقر بجميع أشكاله في كل مكان";

    static final String GOAL_1_FR = "Éliminer la pauvreté sous toutes ses formes et partout dans le monde";
    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    StatementImportService importService;

    @Autowired
    TranslationService translations;

    @BeforeAll
    static void startBrowser() {
        // a prompt before unloading the page is left open for the test to see (by default WebDriver accepts it)
        driver = HeadlessChromium.start(1366, 768, options -> {
            options.enableBiDi();
            options.setCapability(
                    "unhandledPromptBehavior", Map.of("beforeUnload", "ignore", "default", "dismiss and notify"));
        });
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Leaves the page, accepting a prompt a failed test may have left behind, so the next test starts clean. */
    @AfterEach
    void leaveThePage() {
        if (driver.getCurrentUrl().startsWith("http")) {
            js("setTimeout(() => { location.href = 'about:blank'; }, 0)");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                if (ExpectedConditions.alertIsPresent().apply(d) != null) {
                    d.switchTo().alert().accept();
                }
                return d.getCurrentUrl().equals("about:blank");
            });
        }
    }

    /** A translator into Arabic and French, and a statement of three SDG goals to translate from English. */
    record Setup(String translator, long statementId) {}

    private Setup translatorAndStatement() {
        String tag = "u" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        String translator = "unsaved-" + tag;
        try {
            TestSignIn.as("unsaved-admin", Role.ADMIN);
            if (users.listUsers().stream().noneMatch(u -> u.username().equals("unsaved-admin"))) {
                // an administrator must exist, or every page leads to the first-run setup
                users.createUser(new NewUser("unsaved-admin", "Ana Torres", PASSWORD, Set.of(Role.ADMIN), Set.of()));
            }
            users.createUser(new NewUser(
                    translator,
                    "Amina Haddad",
                    PASSWORD,
                    Set.of(Role.TRANSLATOR),
                    EnumSet.of(UnLanguage.AR, UnLanguage.FR)));
            long id = importService.importStatement(
                    new NewStatement(
                            "Sustainable Development Goals " + tag,
                            null,
                            "General Assembly",
                            null,
                            null,
                            null,
                            null,
                            null,
                            UnLanguage.EN,
                            EnumSet.of(UnLanguage.AR, UnLanguage.FR)),
                    importService.readPasted("End poverty in all its forms everywhere\n\n"
                            + "Achieve gender equality and empower all women and girls\n\n"
                            + "Ensure healthy lives and promote well-being for all at all ages"),
                    null);
            return new Setup(translator, id);
        } finally {
            TestSignIn.out();
        }
    }

    private WebDriverWait waiting() {
        return HeadlessChromium.waiting(driver);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void openEditor(Setup s, UnLanguage language) {
        driver.get("http://localhost:" + port + "/statement/" + s.statementId() + "?lang=" + language.code());
        waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane"))
                        .getText()
                        .contains("Segment 1"));
    }

    private WebElement target() {
        return waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane segment-editor.edit-target"))
                        .getShadowRoot()
                        .findElement(By.cssSelector("textarea")));
    }

    /** Clicks a menu item; the menu may be rebuilt meanwhile (an administrator changed the person's account). */
    private void clickMenu(String title) {
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + title + "']"))
                    .click();
            return true;
        });
    }

    private TranslationState saved(Setup s, UnLanguage language, int number) {
        try {
            TestSignIn.as(s.translator(), Role.TRANSLATOR);
            SegmentRow row = translations
                    .rows(s.statementId(), language, SegmentQuery.all(), number - 1, 1)
                    .getFirst();
            return row.target();
        } finally {
            TestSignIn.out();
        }
    }

    /** The statement list, the workbench's start page (menu item "Statements"). */
    private void waitForStatementList() {
        waiting().until(ExpectedConditions.urlMatches("^http://localhost:\\d+/$"));
    }

    @Test
    void aMenuLinkAndTheBackButtonKeepTheTypedTextAsADraft() {
        Setup s = translatorAndStatement();
        HeadlessChromium.signIn(driver, port, s.translator(), PASSWORD);
        openEditor(s, UnLanguage.AR);
        WebElement text = target();
        text.click();
        text.sendKeys(GOAL_1_AR);
        clickMenu("Statements");
        waitForStatementList();
        waiting().until(d -> saved(s, UnLanguage.AR, 1).text().equals(GOAL_1_AR));
        assertThat(saved(s, UnLanguage.AR, 1).status()).isEqualTo(SegmentStatus.DRAFT);

        // back in the editor the draft is there; typing on and going forward at once (no pause, no blur) keeps it all
        driver.navigate().back();
        waiting().until(d -> target().getDomProperty("value").equals(GOAL_1_AR));
        new Actions(driver).click(target()).sendKeys(Keys.END).sendKeys(".").perform();
        driver.navigate().forward();
        waitForStatementList();
        waiting().until(d -> saved(s, UnLanguage.AR, 1).text().equals(GOAL_1_AR + "."));
    }

    @Test
    void signingOutKeepsTheTypedTextAsADraft() {
        Setup s = translatorAndStatement();
        HeadlessChromium.signIn(driver, port, s.translator(), PASSWORD);
        openEditor(s, UnLanguage.AR);
        WebElement text = target();
        text.click();
        text.sendKeys(GOAL_1_AR);
        // straight to Sign out, no pause after typing: the draft is saved before the session ends
        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Sign out']"))
                .click();
        waiting().until(ExpectedConditions.urlContains("/login"));
        waiting().until(d -> saved(s, UnLanguage.AR, 1).text().equals(GOAL_1_AR));
        assertThat(saved(s, UnLanguage.AR, 1).status()).isEqualTo(SegmentStatus.DRAFT);
    }

    @Test
    void aReloadOrLeavingTheSiteIsAskedAboutOnlyWhileTextIsUnsaved() {
        Setup s = translatorAndStatement();
        HeadlessChromium.signIn(driver, port, s.translator(), PASSWORD);
        openEditor(s, UnLanguage.FR);
        WebElement text = target();
        text.click();
        text.sendKeys(GOAL_1_FR);

        js("setTimeout(() => location.reload(), 0)");
        Alert prompt = waiting().until(ExpectedConditions.alertIsPresent());
        prompt.dismiss(); // "Cancel": stay on the page
        assertThat(target().getDomProperty("value")).isEqualTo(GOAL_1_FR);
        js("setTimeout(() => { location.href = 'about:blank'; }, 0)");
        waiting().until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(target().getDomProperty("value")).isEqualTo(GOAL_1_FR);
        HeadlessChromium.screenshot(driver, "unsaved-kept-after-reload-cancelled");

        // once confirmed (saved), a reload is not asked about
        new Actions(driver)
                .click(target())
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
        waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane"))
                        .getText()
                        .contains("Segment 2"));
        assertThat(saved(s, UnLanguage.FR, 1).text()).isEqualTo(GOAL_1_FR);
        // an open prompt would fail the next script with "unexpected alert open"
        js("window.beforeTheReload = true; setTimeout(() => location.reload(), 0)");
        waiting()
                .until(d -> js("return window.beforeTheReload === undefined && !!document.querySelector("
                                + "'.segment-edit-pane')")
                        .equals(Boolean.TRUE));
    }

    @Test
    void aDraftTheServerRefusesIsAskedAboutAndKeptUntilThePersonDropsIt() {
        Setup s = translatorAndStatement();
        HeadlessChromium.signIn(driver, port, s.translator(), PASSWORD);
        openEditor(s, UnLanguage.AR);
        WebElement text = target();
        text.click();
        text.sendKeys(GOAL_1_AR);
        // meanwhile an administrator takes Arabic away from the translator
        try {
            TestSignIn.as("unsaved-admin", Role.ADMIN);
            UserAccount account = users.listUsers().stream()
                    .filter(u -> u.username().equals(s.translator()))
                    .findFirst()
                    .orElseThrow();
            users.updateUser(new UserUpdate(
                    account.id(),
                    account.version(),
                    account.fullName(),
                    account.roles(),
                    EnumSet.of(UnLanguage.FR),
                    true));
        } finally {
            TestSignIn.out();
        }

        clickMenu("Statements");
        waiting().until(d -> dialogText(d).contains("not one of their working languages"));
        HeadlessChromium.screenshot(driver, "unsaved-refused-dialog");
        clickButton("Stay");
        waiting().until(d -> dialogText(d).isEmpty());
        assertThat(driver.getCurrentUrl()).contains("/statement/" + s.statementId());
        assertThat(target().getDomProperty("value")).isEqualTo(GOAL_1_AR);

        clickMenu("Statements");
        waiting().until(d -> dialogText(d).contains("not one of their working languages"));
        clickButton("Leave without saving");
        waitForStatementList();
        assertThat(saved(s, UnLanguage.AR, 1).version()).isEqualTo(TranslationState.UNSAVED_VERSION);
    }

    @Test
    void aColleaguesSaveInBetweenShowsBothTextsAndTheChosenOneIsSavedBeforeLeaving() {
        Setup s = translatorAndStatement();
        HeadlessChromium.signIn(driver, port, s.translator(), PASSWORD);
        openEditor(s, UnLanguage.FR);
        WebElement text = target();
        text.click();
        text.sendKeys(GOAL_1_FR);
        String theirs = "Éliminer la pauvreté sous toutes ses formes";
        try {
            TestSignIn.as(s.translator(), Role.TRANSLATOR); // the same person in another tab
            long segment = translations
                    .rows(s.statementId(), UnLanguage.FR, SegmentQuery.all(), 0, 1)
                    .getFirst()
                    .segmentId();
            translations.save(new SaveTranslation(
                    segment, UnLanguage.FR, theirs, SegmentStatus.DRAFT, TranslationState.UNSAVED_VERSION));
        } finally {
            TestSignIn.out();
        }

        clickMenu("Statements");
        waiting()
                .until(d -> d.findElements(By.cssSelector(".conflict-text")).stream()
                        .map(WebElement::getText)
                        .toList()
                        .equals(java.util.List.of(GOAL_1_FR, theirs)));
        HeadlessChromium.screenshot(driver, "unsaved-conflict-dialog");
        assertThat(driver.getCurrentUrl()).contains("/statement/" + s.statementId());
        clickButton("Keep mine");
        waitForStatementList();
        assertThat(saved(s, UnLanguage.FR, 1).text()).isEqualTo(GOAL_1_FR);
    }

    /** The text of the open "not saved" question (header, message, buttons), or empty. */
    private static String dialogText(WebDriver d) {
        return (String) ((JavascriptExecutor) d)
                .executeScript("return [...document.querySelectorAll("
                        + "'vaadin-confirm-dialog')].filter(e => e.opened).map(e => e.textContent).join(' ').trim()");
    }

    private static void clickButton(String text) {
        WebElement button = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        button.click();
    }
}
