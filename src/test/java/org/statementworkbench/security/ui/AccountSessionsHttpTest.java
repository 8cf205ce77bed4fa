package org.statementworkbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.statementworkbench.TestData;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.security.UserSessions;
import org.statementworkbench.security.UserUpdate;

/** What an administrator's change does to a person's open session, over real HTTP. */
class AccountSessionsHttpTest extends HttpTest {

    @Autowired
    UserService userService;

    @Autowired
    UserSessions userSessions;

    /** A new browser in which the user has signed in. */
    private WebClient signedIn(String username) throws Exception {
        WebClient browser = browser();
        assertThat(browser.signIn(username, TestData.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.signedIn()).isTrue();
        return browser;
    }

    /** An administrator saves the user with these roles, enabled or not, with a new password (empty: none). */
    private void update(String username, Set<Role> roles, boolean enabled, String newPassword) {
        data.asAdmin(() -> {
            UserAccount current = userService.listUsers().stream()
                    .filter(u -> u.username().equals(username))
                    .findFirst()
                    .orElseThrow();
            return userService.updateUser(new UserUpdate(
                    current.id(),
                    current.version(),
                    current.fullName(),
                    roles,
                    current.languages(),
                    enabled,
                    newPassword));
        });
    }

    private static void assertSentToSignIn(WebClient client) throws Exception {
        HttpResponse<String> next = client.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @ParameterizedTest(name = "enabled: {1}, new password: \"{2}\"")
    @CsvSource({"session-ended-translator, false, ''", "session-reset-translator, true, a-brand-new-secret-2026"})
    void disablingAnAccountOrResettingItsPasswordEndsItsOpenSessionsAtOnce(
            String username, boolean enabled, String newPassword) throws Exception {
        WebClient browser = signedIn(translator(username));

        update(username, Set.of(Role.TRANSLATOR), enabled, newPassword);

        assertSentToSignIn(browser);
    }

    @Test
    void newRolesKeepTheSessionAndReplaceTheRolesInIt() throws Exception {
        WebClient browser = signedIn(translator("session-kept-translator"));
        assertThat(rolesInSessionsOf("session-kept-translator")).containsExactly(List.of("ROLE_TRANSLATOR"));

        update("session-kept-translator", Set.of(Role.TRANSLATOR, Role.REVIEWER), true, "");

        assertThat(browser.signedIn()).as("still signed in").isTrue();
        assertThat(rolesInSessionsOf("session-kept-translator"))
                .containsExactly(List.of("ROLE_REVIEWER", "ROLE_TRANSLATOR"));
    }

    /** The roles (ROLE_ authorities) in the security context of each open session of the user, sorted. */
    private List<List<String>> rolesInSessionsOf(String username) {
        return userSessions.openSessionsOf(username).stream()
                .map(session -> (SecurityContext)
                        session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .map(context -> context.getAuthentication().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_"))
                        .sorted()
                        .toList())
                .toList();
    }
}
