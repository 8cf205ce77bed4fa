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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.ProposalRequest;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermProposal;
import org.statementworkbench.glossary.TermProposalService;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.StatementImportService;

/**
 * A translator selects a term in the source and the target and presses Alt+T; the proposal reaches the
 * reviewers' queue with its context; a decision on another proposal pops up in the translator's open editor.
 * Screenshots: target/screenshots/proposal-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class ProposalBrowserTest {

    static final String PASSWORD = "browser-test-secret";
    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    GlossaryService glossary;

    @Autowired
    TermProposalService proposals;

    @Autowired
    StatementImportService importService;

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

    private WebDriverWait waiting() {
        return HeadlessChromium.waiting(driver);
    }

    private void signIn(String username) {
        HeadlessChromium.signIn(driver, port, username, PASSWORD);
    }

    private WebElement textarea(String editorClass) {
        return waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane segment-editor." + editorClass))
                        .getShadowRoot()
                        .findElement(By.cssSelector("textarea")));
    }

    /** Selects text as a person would (the browser fires "select", the element reports it). */
    private static void select(WebElement textarea, String text) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const ta = arguments[0]; const i = ta.value.indexOf(arguments[1]);"
                                + "ta.focus(); ta.setSelectionRange(i, i + arguments[1].length);",
                        textarea,
                        text);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTermSelectedInTheEditorIsProposedAndReviewed() {
        String tag = "b" + System.nanoTime() % 1000000;
        String translator = "prop-fr-" + tag;
        String reviewer = "prop-rv-" + tag;
        TestSignIn.as("prop-admin", Role.ADMIN);
        users.createUser(
                new NewUser(translator, "Claire Dubois", PASSWORD, Set.of(Role.TRANSLATOR), EnumSet.of(UnLanguage.FR)));
        users.createUser(new NewUser(reviewer, "Rosa Reviewer", PASSWORD, Set.of(Role.REVIEWER), Set.of()));
        // an administrator exists, or the sign-in page leads to the first-run setup
        users.createUser(new NewUser("prop-admin-" + tag, "Ana Torres", PASSWORD, Set.of(Role.ADMIN), Set.of()));
        users.createUser(
                new NewUser("prop-gm-" + tag, "Gloria Manager", PASSWORD, Set.of(Role.GLOSSARY_MANAGER), Set.of()));
        long statementId = importService.importStatement(
                new NewStatement(
                        "Statement by Thailand " + tag,
                        null,
                        "Commission on Crime Prevention and Criminal Justice",
                        "thirty-first session",
                        "5",
                        null,
                        "Thailand",
                        null,
                        UnLanguage.EN,
                        EnumSet.of(UnLanguage.FR)),
                importService.readPasted(
                        "Thailand supports the Model Strategies " + tag + " on crime prevention.\n\nThank you."),
                null);
        TestSignIn.as("prop-gm-" + tag, Role.GLOSSARY_MANAGER);
        GlossaryConcept concept = glossary.create(ConceptDraft.newConcept(
                List.of(),
                null,
                List.of(
                        TermDraft.of("en", "Model Strategies " + tag, TermType.FULL_FORM, UsageStatus.PREFERRED),
                        TermDraft.of("es", "Estrategias Modelo " + tag, TermType.FULL_FORM, UsageStatus.PREFERRED))));
        TestSignIn.as(translator, Role.TRANSLATOR);
        TermProposal other = proposals.propose(new ProposalRequest(
                null,
                "en",
                "crime prevention " + tag,
                "fr",
                "prévention du crime " + tag,
                null,
                statementId,
                null,
                1,
                null,
                null));
        TestSignIn.out();

        signIn(translator);
        driver.get("http://localhost:" + port + "/statement/" + statementId + "?lang=fr");
        WebElement target = textarea("edit-target");
        target.click();
        target.sendKeys("La Thaïlande appuie les Stratégies types " + tag + " en matière de prévention du crime.");
        select(textarea("edit-source"), "Model Strategies " + tag);
        select(target, "Stratégies types " + tag);
        new Actions(driver).keyDown(Keys.ALT).sendKeys("t").keyUp(Keys.ALT).perform();
        waiting().until(d -> d.findElements(By.cssSelector(".propose-choice")).size() == 1);
        List<String> terms = driver.findElements(By.cssSelector(".propose-term-fields vaadin-text-field")).stream()
                .map(f -> f.getDomProperty("value"))
                .toList();
        assertThat(terms).containsExactly("Model Strategies " + tag, "Stratégies types " + tag);
        HeadlessChromium.screenshot(driver, "proposal-dialog");
        new Actions(driver).sendKeys("Used by UNODC").sendKeys(Keys.ENTER).perform();
        waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                        .anyMatch(n -> n.getText().contains("Proposed; a reviewer will decide")));
        // Escape cancels: the dialog opens again with Alt+T and closes without proposing
        waiting().until(d -> d.findElements(By.cssSelector(".propose-choice")).isEmpty());
        new Actions(driver).keyDown(Keys.ALT).sendKeys("t").keyUp(Keys.ALT).perform();
        waiting().until(d -> !d.findElements(By.cssSelector(".propose-choice")).isEmpty());
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waiting().until(d -> d.findElements(By.cssSelector(".propose-choice")).isEmpty());

        // a term corrected in the dialog and submitted with Enter at once is proposed as typed, not as it was
        new Actions(driver).keyDown(Keys.ALT).sendKeys("t").keyUp(Keys.ALT).perform();
        waiting().until(d -> !d.findElements(By.cssSelector(".propose-choice")).isEmpty());
        WebElement targetTerm = driver.findElements(By.cssSelector(".propose-term-fields vaadin-text-field input"))
                .get(1);
        targetTerm.click();
        targetTerm.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Stratégies types révisées " + tag, Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector(".propose-choice")).isEmpty());
        TestSignIn.as(translator, Role.TRANSLATOR);
        List<String> proposed = proposals.mine().stream()
                .flatMap(p -> p.terms().stream())
                .map(GlossaryTerm::text)
                .toList();
        TestSignIn.out();
        assertThat(proposed).contains("Stratégies types révisées " + tag);

        // a reviewer decides the translator's other proposal: the open editor shows it at once
        TestSignIn.as(reviewer, Role.REVIEWER);
        proposals.decide(other.id(), other.version(), false, "Too generic for the glossary");
        TestSignIn.out();
        waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                        .anyMatch(n -> n.getText().contains("Too generic for the glossary")));
        sleep(800); // the notification slides in
        HeadlessChromium.screenshot(driver, "proposal-outcome-toast");
        driver.get("http://localhost:" + port + "/glossary/my-proposals");
        waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().equals("Too generic for the glossary")));
        HeadlessChromium.screenshot(driver, "proposal-mine");

        signIn(reviewer);
        driver.get("http://localhost:" + port + "/glossary/proposals");
        waiting()
                .until(d -> d.findElements(By.cssSelector(".proposal-card")).stream()
                        .anyMatch(c -> c.getText().contains("Stratégies types " + tag)));
        assertThat(driver.getTitle()).startsWith("Term proposals (");
        assertThat(driver.findElements(By.cssSelector(".proposal-card mark")).stream()
                        .map(WebElement::getText))
                .contains("Model Strategies " + tag, "Stratégies types " + tag);
        WebElement card = driver.findElements(By.cssSelector(".proposal-card")).stream()
                .filter(c -> c.getText().contains("Stratégies types " + tag))
                .findFirst()
                .orElseThrow();
        assertThat(card.getText()).contains("equivalent for “", "(" + concept.externalId() + ")");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", card);
        HeadlessChromium.screenshot(driver, "proposal-queue");
    }
}
