package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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

/**
 * A translator typing an administrator's address in headless Chromium gets "Not allowed" inside the usual frame,
 * menu included, rather than a bare error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class NotAllowedBrowserTest {

    static final String PASSWORD = "browser-not-allowed-secret";
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
            userService.createFirstAdmin("browser-not-allowed-admin", "Browser Administrator", PASSWORD);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private UserAccount newTranslator() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "browser-not-allowed-setup",
                        null,
                        List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            return userService.createUser(new NewUser(
                    "curious-translator-" + System.nanoTime() % 1000000,
                    "Leila Haddad",
                    PASSWORD,
                    Set.of(Role.TRANSLATOR),
                    Set.of(UnLanguage.AR, UnLanguage.FR)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static WebDriverWait waiting() {
        return HeadlessChromium.waiting(driver);
    }

    private static List<String> menu() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    @Test
    void aTranslatorOpeningAnAdministratorsPageSeesNotAllowedInsideTheLayout() {
        UserAccount translator = newTranslator();
        HeadlessChromium.signIn(driver, port, translator.username(), PASSWORD);
        waiting().until(d -> menu().contains("My account"));

        driver.get("http://localhost:" + port + "/admin/users");

        waiting()
                .until(d -> d.findElements(By.cssSelector(".workbench-access-denied h2"))
                                .size()
                        == 1);
        HeadlessChromium.screenshot(driver, "translator-not-allowed-in-layout");
        assertThat(driver.findElement(By.cssSelector(".workbench-access-denied"))
                        .getText())
                .contains("Not allowed", "admin/users");
        assertThat(driver.findElements(By.cssSelector("vaadin-app-layout"))).hasSize(1);
        assertThat(menu()).contains("Statements", "My account").doesNotContain("Users");
        assertThat(driver.findElement(By.cssSelector("h1.workbench-title")).getText())
                .isEqualTo("Not allowed");
    }
}
