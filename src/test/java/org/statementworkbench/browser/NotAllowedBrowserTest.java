package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/**
 * A translator typing an administrator's address in headless Chromium gets "Not allowed" inside the usual frame,
 * menu included, rather than a bare error page.
 */
class NotAllowedBrowserTest extends BrowserTest {

    NotAllowedBrowserTest() {
        super(1366, 768);
    }

    @Test
    void aTranslatorOpeningAnAdministratorsPageSeesNotAllowedInsideTheLayout() {
        String translator = user(
                uniqueTag("curious-translator-"),
                "Leila Haddad",
                Set.of(Role.TRANSLATOR),
                Set.of(UnLanguage.AR, UnLanguage.FR));
        pages.signIn(translator);
        pages.waiting().until(d -> pages.menu().contains("My account"));

        pages.open("/admin/users");

        pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".workbench-access-denied h2"))
                                .size()
                        == 1);
        pages.screenshot("translator-not-allowed-in-layout");
        assertThat(driver.findElement(By.cssSelector(".workbench-access-denied"))
                        .getText())
                .contains("Not allowed", "admin/users");
        assertThat(driver.findElements(By.cssSelector("vaadin-app-layout"))).hasSize(1);
        assertThat(pages.menu()).contains("Statements", "My account").doesNotContain("Users");
        assertThat(driver.findElement(By.cssSelector("h1.workbench-title")).getText())
                .isEqualTo("Not allowed");
    }
}
