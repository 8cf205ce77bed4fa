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
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;

/**
 * A glossary manager in a real browser: searches the glossary with the keyboard (Ctrl+K, type, arrows, Enter),
 * reads the results in the six languages and opens a concept in the editor (Arabic right to left).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class GlossaryBrowserTest {

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
        driver = HeadlessChromium.start(1600, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static TermDraft term(String language, String text) {
        return TermDraft.of(language, text, TermType.FULL_FORM, UsageStatus.PREFERRED);
    }

    private String concepts() {
        String tag = "b" + System.nanoTime() % 100000;
        TestSignIn.as("glossary-browser-setup", Role.ADMIN);
        try {
            if (!users.adminExists()) {
                // without an administrator the login page sends everyone to the one-time setup
                users.createUser(new NewUser("ga-" + tag, "Ana Torres", PASSWORD, Set.of(Role.ADMIN), Set.of()));
            }
            users.createUser(
                    new NewUser("gm-" + tag, "Gloria Manager", PASSWORD, Set.of(Role.GLOSSARY_MANAGER), Set.of()));
            TestSignIn.as("gm-" + tag, Role.GLOSSARY_MANAGER);
            var ccpcj = glossary.create(new ConceptDraft(
                    null,
                    0,
                    "ccpcj-" + tag,
                    List.of("crime prevention"),
                    "Functional commission of the Economic and Social Council",
                    null,
                    "UNTERM",
                    List.of(
                            term("ar", "لجنة منع الجريمة والعدالة الجنائية"),
                            term("zh", "预防犯罪和刑事司法委员会"),
                            term("en", "Commission on Crime Prevention and Criminal Justice"),
                            TermDraft.of("en", "CCPCJ", TermType.ACRONYM, UsageStatus.ADMITTED),
                            term("fr", "Commission pour la prévention du crime et la justice pénale"),
                            term("ru", "Комиссия по предупреждению преступности и уголовному правосудию"),
                            term("es", "Comisión de Prevención del Delito y Justicia Penal"))));
            var draft = ccpcj.toDraft();
            var terms = new java.util.ArrayList<>(draft.terms());
            terms.add(TermDraft.of(
                    "de",
                    "Kommission für Verbrechensverhütung und Strafrechtspflege",
                    TermType.FULL_FORM,
                    UsageStatus.PREFERRED));
            glossary.update(new ConceptDraft(
                    draft.id(),
                    draft.version(),
                    draft.externalId(),
                    draft.subjectFields(),
                    draft.definition(),
                    "Also called the Crime Commission",
                    draft.source(),
                    terms));
            glossary.create(new ConceptDraft(
                    null,
                    0,
                    "cnd-" + tag,
                    List.of("drug control"),
                    null,
                    null,
                    null,
                    List.of(
                            term("ar", "لجنة المخدرات"),
                            term("zh", "麻醉药品委员会"),
                            term("en", "Commission on Narcotic Drugs"),
                            term("fr", "Commission des stupéfiants"),
                            term("ru", "Комиссия по наркотическим средствам"),
                            term("es", "Comisión de Estupefacientes"))));
            var cnd = glossary.findByExternalId("cnd-" + tag).orElseThrow();
            glossary.retire(cnd.id(), cnd.version(), "Duplicate of the UNTERM entry");
            glossary.create(new ConceptDraft(
                    null,
                    0,
                    "csw-" + tag,
                    List.of("gender equality"),
                    null,
                    null,
                    null,
                    List.of(
                            term("ar", "لجنة وضع المرأة"),
                            term("en", "Commission on the Status of Women"),
                            term("fr", "Commission de la condition de la femme"),
                            term("es", "Comisión de la Condición Jurídica y Social de la Mujer"))));
            return "gm-" + tag;
        } finally {
            TestSignIn.out();
        }
    }

    private WebDriverWait waiting() {
        return HeadlessChromium.waiting(driver);
    }

    private boolean cellShows(String text) {
        return driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains(text));
    }

    @Test
    void aManagerSearchesAndOpensAConcept() {
        String manager = concepts();
        HeadlessChromium.signIn(driver, port, manager, PASSWORD);
        driver.get("http://localhost:" + port + "/glossary");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.glossary-grid")));
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("k")
                .keyUp(Keys.CONTROL)
                .perform();
        WebElement input = driver.findElement(By.cssSelector(".glossary-search input"));
        input.sendKeys("commission");
        waiting().until(d -> cellShows("Commission on the Status"));
        driver.findElement(By.xpath("//vaadin-checkbox[contains(., 'Show retired')]"))
                .click();
        waiting().until(d -> cellShows("Commission on Narcotic Drugs"));
        HeadlessChromium.screenshot(driver, "glossary-search");
        assertThat(cellShows("لجنة منع الجريمة والعدالة الجنائية")).isTrue();

        WebElement cell = driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().startsWith("Commission on Crime Prevention"))
                .findFirst()
                .orElseThrow();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        cell.click();
        WebElement arabic = waiting()
                .until(d -> d.findElements(By.cssSelector(".concept-editor vaadin-text-area")).stream()
                        .filter(f -> "rtl".equals(f.getAttribute("dir")))
                        .findFirst()
                        .orElse(null));
        assertThat(arabic.getAttribute("lang")).isEqualTo("ar");
        HeadlessChromium.screenshot(driver, "glossary-concept-editor");
        driver.findElement(By.xpath("//vaadin-button[contains(., 'History')]")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".concept-history")).isEmpty());
        HeadlessChromium.screenshot(driver, "glossary-history");
        driver.findElement(By.xpath("//vaadin-dialog[.//*[contains(@class, 'concept-history')]]"
                        + "//vaadin-button[normalize-space(.)='Close']"))
                .click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".concept-history")));
        // Escape goes to the topmost dialog: wait until the history dialog has finished closing, as a person would
        waiting()
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.querySelectorAll('vaadin-dialog[opened]').length === 1"
                                + " && !document.querySelector('[closing]')")));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".concept-editor")));

        List<WebElement> boxes =
                driver.findElements(By.cssSelector("vaadin-grid-cell-content vaadin-checkbox")).stream()
                        .filter(b -> !"Select All".equalsIgnoreCase(String.valueOf(b.getAttribute("aria-label"))))
                        .filter(WebElement::isDisplayed)
                        .toList();
        boxes.get(0).click();
        boxes.get(2).click();
        WebElement merge = driver.findElement(By.xpath("//vaadin-button[contains(., 'Merge selected')]"));
        waiting().until(d -> merge.getAttribute("disabled") == null);
        merge.click();
        waiting()
                .until(d -> !d.findElements(By.cssSelector(".merge-side-by-side .concept-card"))
                        .isEmpty());
        HeadlessChromium.screenshot(driver, "glossary-merge");
        driver.findElement(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Cancel']"))
                .click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".merge-side-by-side")));

        // Keyboard only: Ctrl+K to the search, arrow down into the results, Enter opens the concept.
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("k")
                .keyUp(Keys.CONTROL)
                .perform();
        waiting().until(d -> input.equals(d.switchTo().activeElement()));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        waiting()
                .until(d -> "VAADIN-GRID"
                        .equalsIgnoreCase(d.switchTo().activeElement().getTagName()));
        new Actions(driver).sendKeys(Keys.ARROW_UP).perform();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waiting().until(d -> !d.findElements(By.cssSelector(".concept-editor")).isEmpty());
        HeadlessChromium.screenshot(driver, "glossary-keyboard-open");
    }
}
