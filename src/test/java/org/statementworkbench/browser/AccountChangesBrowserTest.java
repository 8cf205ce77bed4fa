package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
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
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.security.UserUpdate;

/**
 * What a person with a page open sees when an administrator changes their account, in headless Chromium against
 * the production bundle with the Content-Security-Policy on: disabled, their page's next request lands on the
 * sign-in page; given a role, the menu shows it without signing out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class AccountChangesBrowserTest {

    static final String PASSWORD = "browser-account-secret";
    static final AtomicInteger counter = new AtomicInteger();
    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService userService;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start(1366, 768);
    }

    /** Without an administrator the sign-in page leads to the one-time setup instead. */
    @BeforeEach
    void anAdministratorExists() {
        if (!userService.adminExists()) {
            userService.createFirstAdmin("browser-account-admin", "Browser Administrator", PASSWORD);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "browser-account-setup", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UserAccount newTranslator() {
        String name = "live-translator-" + counter.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return asAdmin(() -> userService.createUser(new NewUser(
                name, "Leila Haddad", PASSWORD, Set.of(Role.TRANSLATOR), Set.of(UnLanguage.AR, UnLanguage.FR))));
    }

    private void update(UserAccount user, Set<Role> roles, boolean enabled) {
        asAdmin(() -> {
            UserAccount current = userService.listUsers().stream()
                    .filter(u -> u.id() == user.id())
                    .findFirst()
                    .orElseThrow();
            return userService.updateUser(new UserUpdate(
                    current.id(), current.version(), current.fullName(), roles, current.languages(), enabled));
        });
    }

    /** Waits, and tries again when an element was replaced meanwhile (the menu is rebuilt while it is read). */
    private static FluentWait<WebDriver> waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class);
    }

    /** Signs in through the login page like HeadlessChromium.signIn, with patience for a loaded machine. */
    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        try {
            waiting()
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                    .sendKeys(username);
        } catch (org.openqa.selenium.TimeoutException e) {
            HeadlessChromium.screenshot(driver, "account-changes-sign-in-timeout");
            throw e;
        }
        driver.findElement(By.cssSelector("#vaadinLoginPassword input"))
                .sendKeys(PASSWORD, org.openqa.selenium.Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
    }

    private static List<String> menu() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    /** Records Content-Security-Policy violations of the open page from now on. */
    private static void watchPolicyViolations() {
        ((JavascriptExecutor) driver)
                .executeScript("window.__cspViolations = [];"
                        + "document.addEventListener('securitypolicyviolation',"
                        + " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
    }

    @SuppressWarnings("unchecked")
    private static List<String> policyViolations() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || [];");
    }

    private static boolean noticeShown(String... parts) {
        try {
            return driver.findElements(By.tagName("vaadin-notification-card")).stream()
                    .map(e -> e.getText())
                    .anyMatch(text -> java.util.Arrays.stream(parts).allMatch(text::contains));
        } catch (org.openqa.selenium.StaleElementReferenceException closedMeanwhile) {
            return false;
        }
    }

    @Test
    void aDisabledTranslatorsOpenPageGoesToTheSignInPageOnItsNextRequest() {
        UserAccount translator = newTranslator();
        signIn(translator.username());
        waiting().until(d -> menu().contains("My account"));

        update(translator, Set.of(Role.TRANSLATOR), false);
        driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(e -> e.getText().strip().equals("My account"))
                .findFirst()
                .orElseThrow()
                .click();

        waiting().until(ExpectedConditions.urlContains("/login"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        HeadlessChromium.screenshot(driver, "account-disabled-back-to-sign-in");
        assertThat(driver.findElements(By.cssSelector("vaadin-app-layout"))).isEmpty();
    }

    @Test
    void aRoleGivenByAnAdministratorReachesTheOpenPageWithoutSigningOut() {
        UserAccount translator = newTranslator();
        signIn(translator.username());
        waiting().until(d -> menu().contains("My account"));
        watchPolicyViolations();
        assertThat(menu()).doesNotContain("Term proposals");

        update(translator, Set.of(Role.TRANSLATOR, Role.REVIEWER), true);

        waiting().until(d -> menu().contains("Term proposals"));
        waiting()
                .until(d -> d.findElement(By.cssSelector(".workbench-user"))
                        .getText()
                        .contains("reviewer"));
        waiting().until(d -> noticeShown("An administrator changed your account", "Reviewer"));
        HeadlessChromium.screenshot(driver, "account-role-given-live");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");

        driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(e -> e.getText().strip().equals("Term proposals"))
                .findFirst()
                .orElseThrow()
                .click();
        waiting().until(ExpectedConditions.urlContains("/proposals"));
        assertThat(policyViolations()).as("Content-Security-Policy violations").isEmpty();
    }
}
