package org.statementworkbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.security.UserSessions;
import org.statementworkbench.security.UserUpdate;

/**
 * Real HTTP requests against the workbench on a random port (the same context as the browser tests): what an
 * administrator's change does to a person's open session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class AccountSessionsHttpTest {

    static final String PASSWORD = "sessions-test-secret";

    @LocalServerPort
    int port;

    @Autowired
    UserService userService;

    @Autowired
    UserSessions userSessions;

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "sessions-test-setup", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UserAccount user(String username) {
        return asAdmin(() -> userService.createUser(new NewUser(
                username, "Nadia Benali", PASSWORD, Set.of(Role.TRANSLATOR), Set.of(UnLanguage.AR, UnLanguage.FR))));
    }

    private void update(UserAccount account, boolean enabled, String newPassword) {
        asAdmin(() -> {
            UserAccount current = userService.listUsers().stream()
                    .filter(u -> u.id() == account.id())
                    .findFirst()
                    .orElseThrow();
            return userService.updateUser(new UserUpdate(
                    current.id(),
                    current.version(),
                    current.fullName(),
                    current.roles(),
                    current.languages(),
                    enabled,
                    newPassword));
        });
    }

    private static boolean signedIn(WebClient client) throws Exception {
        return client.get("/").statusCode() == 200;
    }

    private static void assertSentToSignIn(WebClient client) throws Exception {
        HttpResponse<String> next = client.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtOnce() throws Exception {
        UserAccount account = user("session-ended-translator");
        var translator = new WebClient(port);
        assertThat(translator.signIn("session-ended-translator", PASSWORD).statusCode())
                .isEqualTo(302);
        assertThat(signedIn(translator)).isTrue();

        update(account, false, "");

        assertSentToSignIn(translator);
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheOpenSessionsToo() throws Exception {
        UserAccount account = user("session-reset-translator");
        var translator = new WebClient(port);
        translator.signIn("session-reset-translator", PASSWORD);
        assertThat(signedIn(translator)).isTrue();

        update(account, true, "a-brand-new-secret-2026");

        assertSentToSignIn(translator);
    }

    @Test
    void newRolesKeepTheSessionAndReplaceTheRolesInIt() throws Exception {
        UserAccount account = user("session-kept-translator");
        var translator = new WebClient(port);
        translator.signIn("session-kept-translator", PASSWORD);
        assertThat(rolesInSessionsOf("session-kept-translator")).containsExactly(List.of("ROLE_TRANSLATOR"));

        asAdmin(() -> {
            UserAccount current = userService.listUsers().stream()
                    .filter(u -> u.id() == account.id())
                    .findFirst()
                    .orElseThrow();
            return userService.updateUser(new UserUpdate(
                    current.id(),
                    current.version(),
                    current.fullName(),
                    Set.of(Role.TRANSLATOR, Role.REVIEWER),
                    current.languages(),
                    true));
        });

        assertThat(signedIn(translator)).as("still signed in").isTrue();
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
