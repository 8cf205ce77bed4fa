package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.ui.MainMenuTest;

/**
 * A person signs in with a real browser (Debian's headless Chromium) against the running workbench with its
 * production frontend bundle, and sees the main layout with the menu of their role.
 */
class SignInBrowserTest extends BrowserTest {

    SignInBrowserTest() {
        super(1366, 860);
    }

    @BeforeEach
    void createUsers() {
        // other tests of the suite may have made the first administrator already
        user(ADMIN, "Browser Admin", Set.of(Role.ADMIN), Set.of());
        user("browser-reviewer", "Rosa Martínez", Set.of(Role.REVIEWER), Set.of(UnLanguage.ES, UnLanguage.EN));
    }

    /** Opens the start page as nobody: it leads to the login page, where {@code username} signs in. */
    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        pages.open("/");
        pages.waiting().until(ExpectedConditions.urlContains("/login"));
        pages.submitLogin(username, PASSWORD);
    }

    @Test
    void aReviewerSignsInAndSeesTheMainLayoutWithTheirMenu() {
        signIn("browser-reviewer");
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        pages.waiting().until(d -> pages.menu().size() >= 2);
        List<String> menu = pages.menu();
        pages.screenshot("reviewer-main-layout");

        assertThat(menu).containsExactlyElementsOf(MainMenuTest.REVIEWER_MENU);
        assertThat(driver.findElement(By.cssSelector(".workbench-user")).getText())
                .contains("browser-reviewer");
        assertThat(driver.findElement(By.cssSelector("h1.workbench-title")).getText())
                .isEqualTo("Statements");
    }

    @Test
    void anAdministratorSeesUserAdministration() {
        signIn(ADMIN);
        pages.waiting().until(d -> pages.menu().size() >= 4);
        pages.open("/admin/users");
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        pages.waiting()
                .until(d ->
                        d.findElement(By.cssSelector("vaadin-grid")).getText().contains("browser-reviewer")
                                || !d.findElements(
                                                By.xpath("//vaadin-grid-cell-content[contains(., 'browser-reviewer')]"))
                                        .isEmpty());
        pages.screenshot("admin-users");
        assertThat(pages.menu()).containsExactlyElementsOf(MainMenuTest.ADMINISTRATOR_MENU);
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheLoginPageWithAMessage() {
        driver.manage().deleteAllCookies();
        pages.open("/login");
        pages.submitLogin("browser-reviewer", "not-the-password");
        pages.waiting().until(ExpectedConditions.urlContains("error"));
        pages.waiting()
                .until(d -> d.findElement(By.tagName("vaadin-login-form"))
                        .getText()
                        .contains("Incorrect username or password"));
        pages.screenshot("login-error");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @Test
    void theHealthEndpointReportsTheDatabase() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(pages.url("/actuator/health")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}");
    }
}
