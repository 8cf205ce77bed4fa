package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/** A glossary manager uploads a CSV file in a real browser, sees the preview with its statuses and commits it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class GlossaryExchangeBrowserTest {

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
        driver = HeadlessChromium.start(1366, 860);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aManagerUploadsPreviewsAndCommits() throws Exception {
        String tag = "b" + System.nanoTime() % 100000;
        String manager = "browser-gm-" + tag;
        TestSignIn.as("browser-setup", Role.ADMIN);
        if (!users.adminExists()) {
            users.createFirstAdmin("browser-admin", "Browser Admin", PASSWORD);
        }
        users.createUser(new NewUser(manager, "Grete Manager", PASSWORD, Set.of(Role.GLOSSARY_MANAGER), Set.of()));
        TestSignIn.as(manager, Role.GLOSSARY_MANAGER);
        glossary.create(new ConceptDraft(
                null,
                0,
                "unodc-" + tag,
                List.of(),
                null,
                null,
                null,
                List.of(
                        TermDraft.of(
                                "en", "Office on Drugs and Crime " + tag, TermType.FULL_FORM, UsageStatus.PREFERRED),
                        TermDraft.of(
                                "fr",
                                "Office contre la drogue et le crime " + tag,
                                TermType.FULL_FORM,
                                UsageStatus.PREFERRED))));
        TestSignIn.out();
        Path file = Files.createTempFile("glossary", ".csv");
        Files.writeString(
                file,
                "id,en,en_status,fr,es\r\n"
                        + "unodc-" + tag + ",Office on Drugs and Crime " + tag + "|UNODC" + tag + ",preferred|admitted,"
                        + "Office contre la drogue et le crime " + tag + ",Oficina contra la Droga y el Delito " + tag
                        + "\r\n"
                        + "cnd-" + tag + ",Commission on Narcotic Drugs " + tag
                        + ",preferred,Commission des stupéfiants " + tag
                        + ",Comisión de Estupefacientes " + tag + "\r\n"
                        + "dup-" + tag + ",Office on Drugs and Crime " + tag + ",admitted,,\r\n",
                StandardCharsets.UTF_8);

        var wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(manager);
        WebElement password = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(PASSWORD);
        password.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        driver.get("http://localhost:" + port + "/glossary/exchange");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        WebElement input = wait.until(d -> (WebElement) ((JavascriptExecutor) d)
                .executeScript(
                        "return arguments[0].querySelector('input[type=file]') || (arguments[0].shadowRoot && "
                                + "arguments[0].shadowRoot.querySelector('input[type=file]'))",
                        upload));
        HeadlessChromium.screenshot(driver, "glossary-exchange-empty");
        input.sendKeys(file.toString());
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'cnd-" + tag + "')]"))
                .isEmpty());
        Thread.sleep(500);
        HeadlessChromium.screenshot(driver, "glossary-exchange-preview");
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("New: 1").contains("Changed: 1").contains("Duplicate: 1");

        driver.findElement(By.xpath("//vaadin-button[contains(., 'Commit import')]"))
                .click();
        wait.until(
                d -> !d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
        HeadlessChromium.screenshot(driver, "glossary-exchange-committed");
        assertThat(driver.findElement(By.cssSelector("vaadin-notification-card"))
                        .getText())
                .contains("1 created")
                .contains("1 merged");
    }
}
