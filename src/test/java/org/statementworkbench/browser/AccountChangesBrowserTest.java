package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserUpdate;

/**
 * What a person with a page open sees when an administrator changes their account, in headless Chromium against
 * the production bundle with the Content-Security-Policy on: disabled, their page's next request lands on the
 * sign-in page; given a role, the menu shows it without signing out.
 */
class AccountChangesBrowserTest extends BrowserTest {

    AccountChangesBrowserTest() {
        super(1366, 768);
    }

    private String newTranslator() {
        return user(
                uniqueTag("live-translator-"),
                "Leila Haddad",
                Set.of(Role.TRANSLATOR),
                Set.of(UnLanguage.AR, UnLanguage.FR));
    }

    private void update(String username, Set<Role> roles, boolean enabled) {
        asAdmin(() -> {
            UserAccount current = users.listUsers().stream()
                    .filter(u -> u.username().equals(username))
                    .findFirst()
                    .orElseThrow();
            return users.updateUser(new UserUpdate(
                    current.id(), current.version(), current.fullName(), roles, current.languages(), enabled));
        });
    }

    /** Records Content-Security-Policy violations of the open page from now on. */
    private void watchPolicyViolations() {
        pages.js("window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation',"
                + " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
    }

    @SuppressWarnings("unchecked")
    private List<String> policyViolations() {
        return (List<String>) pages.js("return window.__cspViolations || [];");
    }

    @Test
    void aDisabledTranslatorsOpenPageGoesToTheSignInPageOnItsNextRequest() {
        String translator = newTranslator();
        pages.signIn(translator);
        pages.waiting().until(d -> pages.menu().contains("My account"));

        update(translator, Set.of(Role.TRANSLATOR), false);
        pages.clickMenu("My account");

        pages.waiting().until(ExpectedConditions.urlContains("/login"));
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        pages.screenshot("account-disabled-back-to-sign-in");
        assertThat(driver.findElements(By.cssSelector("vaadin-app-layout"))).isEmpty();
    }

    @Test
    void aRoleGivenByAnAdministratorReachesTheOpenPageWithoutSigningOut() {
        String translator = newTranslator();
        pages.signIn(translator);
        pages.waiting().until(d -> pages.menu().contains("My account"));
        watchPolicyViolations();
        assertThat(pages.menu()).doesNotContain("Term proposals");

        update(translator, Set.of(Role.TRANSLATOR, Role.REVIEWER), true);

        pages.waiting().until(d -> pages.menu().contains("Term proposals"));
        pages.waiting()
                .until(d -> d.findElement(By.cssSelector(".workbench-user"))
                        .getText()
                        .contains("reviewer"));
        pages.waiting().until(d -> pages.notificationShows("An administrator changed your account", "Reviewer"));
        pages.screenshot("account-role-given-live");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");

        pages.clickMenu("Term proposals");
        pages.waiting().until(ExpectedConditions.urlContains("/proposals"));
        assertThat(policyViolations()).as("Content-Security-Policy violations").isEmpty();
    }
}
