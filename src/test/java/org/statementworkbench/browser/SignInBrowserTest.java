package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

/**
 * A person signs in with a real browser (Debian's headless Chromium) against the running workbench with its
 * production frontend bundle, and sees the main layout with the menu of their role. Screenshots go to
 * target/screenshots. Chromium missing is a failure, not a skip: .ci/run installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class SignInBrowserTest {

    static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    static final String PASSWORD = "browser-test-secret";

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService userService;

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

    @BeforeEach
    void createUsers() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "browser-test-setup", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            if (!userService.adminExists()) {
                userService.createFirstAdmin("browser-admin", "Browser Admin", PASSWORD);
            } else if (userService.listUsers().stream()
                    .noneMatch(u -> u.username().equals("browser-admin"))) {
                // other tests of the suite may have made the first administrator already
                userService.createUser(
                        new NewUser("browser-admin", "Browser Admin", PASSWORD, Set.of(Role.ADMIN), Set.of()));
            }
            if (userService.listUsers().stream().noneMatch(u -> u.username().equals("browser-reviewer"))) {
                userService.createUser(new NewUser(
                        "browser-reviewer",
                        "Rosa Martínez",
                        PASSWORD,
                        Set.of(Role.REVIEWER),
                        Set.of(UnLanguage.ES, UnLanguage.EN)));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(driver, name);
    }

    private void signIn(String username) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        WebElement user =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(PASSWORD);
        password.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    @Test
    void aReviewerSignsInAndSeesTheMainLayoutWithTheirMenu() throws IOException {
        signIn("browser-reviewer");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).size() >= 2);
        List<String> menu = driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getText().strip())
                .toList();
        screenshot("reviewer-main-layout");

        assertThat(menu).containsExactly("Statements", "Glossary", "Term proposals", "My term proposals", "My account");
        assertThat(driver.findElement(By.cssSelector(".workbench-user")).getText())
                .contains("browser-reviewer");
        assertThat(driver.findElement(By.cssSelector("h1.workbench-title")).getText())
                .isEqualTo("Statements");
    }

    @Test
    void anAdministratorSeesUserAdministration() throws IOException {
        signIn("browser-admin");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).size() >= 4);
        driver.get("http://localhost:" + port + "/admin/users");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        wait.until(d -> d.findElement(By.cssSelector("vaadin-grid")).getText().contains("browser-reviewer")
                || !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'browser-reviewer')]"))
                        .isEmpty());
        screenshot("admin-users");
        List<String> menu = driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getText().strip())
                .toList();
        assertThat(menu)
                .containsExactly(
                        "Statements",
                        "Import statement",
                        "Glossary",
                        "Glossary import/export",
                        "Term proposals",
                        "My term proposals",
                        "Users",
                        "Language rules",
                        "My account");
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheLoginPageWithAMessage() throws IOException {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys("browser-reviewer");
        WebElement password = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys("not-the-password");
        password.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(d ->
                d.findElement(By.tagName("vaadin-login-form")).getText().contains("Incorrect username or password"));
        screenshot("login-error");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @Test
    void theHealthEndpointReportsTheDatabase() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}");
    }
}
