package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;

/**
 * The concept editor with the keyboard only: a term typed into a new term field is saved by Ctrl+S without
 * leaving the field first, and Escape right after typing asks before throwing the typing away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class ConceptEditorKeyboardBrowserTest {

    static final String PASSWORD = "browser-test-secret";
    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    GlossaryService glossary;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start(1366, 768);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String tag;

    /** A manager and the Commission on Narcotic Drugs in English and Spanish only. */
    private GlossaryConcept setUp() {
        tag = "k" + System.nanoTime() % 1000000;
        TestSignIn.as("keyboard-browser-setup", Role.ADMIN);
        try {
            if (!users.adminExists()) {
                users.createUser(new NewUser("ka-" + tag, "Ana Torres", PASSWORD, Set.of(Role.ADMIN), Set.of()));
            }
            users.createUser(
                    new NewUser("km-" + tag, "Gloria Manager", PASSWORD, Set.of(Role.GLOSSARY_MANAGER), Set.of()));
            TestSignIn.as("km-" + tag, Role.GLOSSARY_MANAGER);
            return glossary.create(new ConceptDraft(
                    null,
                    0,
                    "cnd-" + tag,
                    List.of("drug control"),
                    null,
                    null,
                    null,
                    List.of(
                            TermDraft.of(
                                    "en", "Commission on Narcotic Drugs", TermType.FULL_FORM, UsageStatus.PREFERRED),
                            TermDraft.of(
                                    "es", "Comisión de Estupefacientes", TermType.FULL_FORM, UsageStatus.PREFERRED))));
        } finally {
            TestSignIn.out();
        }
    }

    private WebDriverWait waiting() {
        return HeadlessChromium.waiting(driver);
    }

    private List<String> storedTerms(long conceptId, String language) {
        TestSignIn.as("km-" + tag, Role.GLOSSARY_MANAGER);
        try {
            return glossary.find(conceptId).orElseThrow().terms(language).stream()
                    .map(GlossaryTerm::text)
                    .toList();
        } finally {
            TestSignIn.out();
        }
    }

    private void openEditor(GlossaryConcept concept) {
        driver.get("http://localhost:" + port + "/glossary?concept=" + concept.id());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".concept-editor")));
    }

    /** The empty term field of a language: the editor shows one for each UN language without terms. */
    private WebElement emptyTermField(String language) {
        return waiting()
                .until(
                        d -> d
                                .findElements(
                                        By.cssSelector(".concept-editor vaadin-text-area[lang='" + language + "']"))
                                .stream()
                                .filter(f ->
                                        String.valueOf(f.getAttribute("value")).isEmpty())
                                .findFirst()
                                .orElse(null));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Puts the caret in a field of the dialog (scrolled into view), as Tab or a click would. */
    private void focus(WebElement field) {
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", field);
        waiting()
                .until(d ->
                        "TEXTAREA".equalsIgnoreCase(d.switchTo().activeElement().getTagName()));
    }

    private static void ctrl(String key) {
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys(key)
                .keyUp(Keys.CONTROL)
                .perform();
    }

    @Test
    void ctrlSSavesTheTermBeingTyped() {
        GlossaryConcept concept = setUp();
        HeadlessChromium.signIn(driver, port, "km-" + tag, PASSWORD);
        openEditor(concept);

        focus(emptyTermField("fr"));
        new Actions(driver).sendKeys("Commission des stupéfiants").perform();
        ctrl("s");
        waiting()
                .until(d -> !d.findElements(By.xpath("//vaadin-notification-card[contains(., 'saved')]"))
                        .isEmpty());
        assertThat(storedTerms(concept.id(), "fr")).containsExactly("Commission des stupéfiants");
        HeadlessChromium.screenshot(driver, "concept-editor-ctrl-s");

        // "Add term" puts the focus in a new field: typed there and saved at once, with the keyboard only.
        // the editor shows the saved concept anew: find the button in what it shows now
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement addRussian = d.findElement(
                    By.xpath(
                            "//div[contains(concat(' ', @class, ' '), "
                                    + "' glossary-language ')][.//h4[contains(., 'Russian')]]//vaadin-button[contains(., 'Add term')]"));
            js("arguments[0].scrollIntoView({block: 'center'})", addRussian);
            addRussian.click();
            return true;
        });
        waiting()
                .until(d -> Boolean.TRUE.equals(js("const f = document.activeElement;"
                        + "return f.tagName === 'TEXTAREA' && f.closest('vaadin-text-area').getAttribute('lang') === 'ru'"
                        + " && f.value === ''")));
        new Actions(driver).sendKeys("Комиссия по наркотическим средствам").perform();
        ctrl("s");
        waiting().until(d -> !storedTerms(concept.id(), "ru").isEmpty());
        assertThat(storedTerms(concept.id(), "ru")).containsExactly("Комиссия по наркотическим средствам");
    }

    @Test
    void escapeRightAfterTypingAsksBeforeDiscarding() {
        GlossaryConcept concept = setUp();
        HeadlessChromium.signIn(driver, port, "km-" + tag, PASSWORD);
        openEditor(concept);

        focus(emptyTermField("fr"));
        new Actions(driver).sendKeys("Commission des stupéfiants").perform();
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waiting()
                .until(d -> Boolean.TRUE.equals(js("return [...document.querySelectorAll('vaadin-confirm-dialog')]"
                        + ".some(d => d.opened && d.header === 'Discard your changes?')")));
        HeadlessChromium.screenshot(driver, "concept-editor-escape-asks");
        // Enter right away (the dialog's default button) must keep the changes, not discard them
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waiting()
                .until(d -> Boolean.FALSE.equals(
                        js("return [...document.querySelectorAll('vaadin-confirm-dialog')]" + ".some(d => d.opened)")));
        assertThat(driver.findElements(By.cssSelector(".concept-editor"))).isNotEmpty();

        ctrl("s");
        waiting().until(d -> !storedTerms(concept.id(), "fr").isEmpty());
        assertThat(storedTerms(concept.id(), "fr")).containsExactly("Commission des stupéfiants");
    }
}
