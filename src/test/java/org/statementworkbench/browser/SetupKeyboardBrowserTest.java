package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statementworkbench.security.UserService;

/**
 * The one-time setup of a fresh database with the keyboard only: the password repeated in the last field and
 * Enter pressed there create the administrator (the field's value reaches the server before Enter's click).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true", "workbench.test.database=h2", "workbench.test.demo-data=false"})
class SetupKeyboardBrowserTest {

    static WebDriver driver;

    @LocalServerPort int port;
    @Autowired UserService users;

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

    @Test
    void enterInTheLastFieldCreatesTheAdministrator() {
        assertThat(users.adminExists()).as("a fresh database").isFalse();
        driver.get("http://localhost:" + port + "/setup");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input")));
        var inputs = driver.findElements(By.cssSelector("vaadin-text-field input, vaadin-password-field input"));
        String[] values = {"chief.admin", "Amina Haddad", "a-long-enough-secret", "a-long-enough-secret"};
        for (int i = 0; i < values.length; i++) {
            inputs.get(i).click();
            new Actions(driver).sendKeys(values[i]).perform();
        }
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(d -> users.adminExists() || !d.findElements(By.cssSelector("vaadin-password-field[invalid]"))
                .isEmpty() || !d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
        HeadlessChromium.screenshot(driver, "setup-enter");
        assertThat(driver.findElements(By.cssSelector("vaadin-password-field[invalid]"))).as("passwords said to differ")
                .isEmpty();
        assertThat(users.adminExists()).isTrue();
    }
}
