package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * The path an administrator and a translator take in a real browser: import a pasted statement (background
 * import with progress, then the editor opens), translate a segment with the keyboard, and see it saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class EditorBrowserTest {

    static final String PASSWORD = "browser-test-secret";
    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService userService;

    @Autowired
    TranslationService translations;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start(1366, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void createUsers() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "browser-test-setup", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            if (userService.listUsers().stream().noneMatch(u -> u.username().equals("editor-admin"))) {
                userService.createUser(
                        new NewUser("editor-admin", "Ana Torres", PASSWORD, Set.of(Role.ADMIN), Set.of()));
                userService.createUser(new NewUser(
                        "editor-ar",
                        "Amina Haddad",
                        PASSWORD,
                        Set.of(Role.TRANSLATOR),
                        Set.of(UnLanguage.AR, UnLanguage.FR)));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private WebDriverWait waiting() {
        return HeadlessChromium.waiting(driver);
    }

    private void signIn(String username) {
        HeadlessChromium.signIn(driver, port, username, PASSWORD);
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(driver, name);
    }

    private static void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private WebElement editorTextarea() {
        return waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane segment-editor.edit-target"))
                        .getShadowRoot()
                        .findElement(By.cssSelector("textarea")));
    }

    @Test
    void anImportedStatementIsTranslatedWithTheKeyboard() throws IOException {
        createUsers();
        signIn("editor-admin");
        driver.get("http://localhost:" + port + "/statements/new");
        waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field input")))
                .sendKeys("Statement by Thailand on countering cybercrime");
        click(driver.findElement(By.xpath("//vaadin-tab[contains(., 'Paste text')]")));
        WebElement pasted = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area textarea")));
        click(pasted);
        pasted.sendKeys("Mr. Chair,\n\nThailand pledges its commitment to tackle cybercrime. "
                + "We uphold the UN Model Strategies.\n\nThank you.");
        click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Import']")));
        waiting().until(ExpectedConditions.urlMatches(".*/statement/\\d+.*"));
        String editorUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
        waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().contains("Thailand pledges")));
        screenshot("editor-after-import");

        signIn("editor-ar");
        driver.get(editorUrl + "?lang=ar");
        WebElement textarea = editorTextarea();
        waiting().until(d -> textarea.getAttribute("dir").equals("rtl"));
        textarea.click();
        textarea.sendKeys("السيد الرئيس،");
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
        waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane"))
                        .getText()
                        .contains("Segment 2"));
        waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().contains("السيد الرئيس،")));
        screenshot("editor-arabic");

        assertThat(driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().equals("Translated")))
                .isTrue();

        // A colleague saves segment 4 elsewhere: it appears in this open editor without a reload (server push).
        long statementId = Long.parseLong(editorUrl.replaceAll(".*/statement/(\\d+).*", "$1"));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "editor-ar", null, List.of(new SimpleGrantedAuthority(Role.TRANSLATOR.authority()))));
        try {
            long last = translations
                    .rows(statementId, UnLanguage.AR, SegmentQuery.all(), 3, 1)
                    .getFirst()
                    .segmentId();
            translations.save(new SaveTranslation(
                    last, UnLanguage.AR, "شكراً.", SegmentStatus.TRANSLATED, TranslationState.UNSAVED_VERSION));
        } finally {
            SecurityContextHolder.clearContext();
        }
        waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().equals("شكراً.")));
        screenshot("editor-live-update");

        // The Markdown export of the Arabic translation, fetched with this browser's session.
        String href = driver.findElement(By.xpath("//a[normalize-space(.)='Markdown']"))
                .getAttribute("href");
        String markdown = (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        href);
        assertThat(markdown)
                .startsWith("السيد الرئيس،\n\n")
                .contains("شكراً.")
                .contains("Thailand pledges its commitment to tackle cybercrime.");
    }
}
