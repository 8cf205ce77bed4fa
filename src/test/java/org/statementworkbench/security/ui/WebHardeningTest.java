package org.statementworkbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
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
 * Real HTTP requests against the workbench on a random port (the same context as the browser tests): login CSRF,
 * the Content-Security-Policy and other headers, the session cookie and the icon.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class WebHardeningTest {

    static final String PASSWORD = "hardening-test-secret";

    @LocalServerPort
    int port;

    @Autowired
    UserService userService;

    private UserAccount user(String username, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "hardening-test-setup", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            return userService.listUsers().stream()
                    .filter(u -> u.username().equals(username))
                    .findFirst()
                    .orElseGet(() -> userService.createUser(new NewUser(
                            username, "Nadia Benali", PASSWORD, Set.of(role), Set.of(UnLanguage.AR, UnLanguage.FR))));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean signedIn(WebClient client) throws Exception {
        HttpResponse<String> home = client.get("/");
        return home.statusCode() == 200;
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenOfThePageSignsNobodyIn() throws Exception {
        user("csrf-victim-account", Role.TRANSLATOR);
        var visitor = new WebClient(port);
        visitor.get("/login");

        // what a foreign page's auto-submitted form sends: the attacker's credentials, no token of ours
        HttpResponse<String> forged = visitor.postForm(
                "/login",
                Map.of("username", "csrf-victim-account", "password", PASSWORD),
                Map.of("Origin", "https://attacker.example", "Referer", "https://attacker.example/"));

        assertThat(forged.statusCode()).as("refused, back to the sign-in page").isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(signedIn(visitor))
                .as("the visitor's browser is not signed in to the attacker's account")
                .isFalse();
    }

    @Test
    void theLoginFormSignsInWithTheTokenOfItsPage() throws Exception {
        user("csrf-honest-account", Role.TRANSLATOR);
        var person = new WebClient(port);
        String page = person.get("/login").body();
        assertThat(WebClient.meta(page, "_csrf")).isNotBlank();
        assertThat(org.jsoup.Jsoup.parse(page).select("meta[name=_csrf]")).hasSize(1);
        assertThat(WebClient.meta(page, "_csrf_parameter")).isEqualTo("_csrf");

        HttpResponse<String> answer = person.signIn("csrf-honest-account", PASSWORD);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(signedIn(person)).isTrue();
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyWithANoncePerPage() throws Exception {
        HttpResponse<String> login = new WebClient(port).get("/login");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");

        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "object-src 'none'",
                        "frame-ancestors 'none'",
                        "base-uri 'self'",
                        "form-action 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        String nonce = csp.replaceFirst(".*'nonce-([^']+)'.*", "$1");
        Document page = Jsoup.parse(login.body());
        assertThat(page.select("script"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.attr("nonce")).isEqualTo(nonce));
        String other = new WebClient(port)
                .get("/login")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElse("");
        assertThat(other).as("a new nonce for every page").isNotEqualTo(csp);
    }

    @Test
    void responsesSayNosniffAndTheSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        var client = new WebClient(port);
        HttpResponse<String> login = client.get("/login");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");

        String script = Jsoup.parse(login.body()).select("script[src]").first().attr("src");
        HttpResponse<String> bundle = client.get("/" + script.replaceFirst("^\\./", ""));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theWorkbenchIconIsLinkedAndServedToAnyone() throws Exception {
        var anyone = new WebClient(port);
        Document page = Jsoup.parse(anyone.get("/login").body());
        Element icon = page.selectFirst("link[rel=icon][href$=favicon.svg]");
        assertThat(icon).isNotNull();

        HttpResponse<String> svg = anyone.get("/" + icon.attr("href").replaceFirst("^\\./", ""));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg");
        assertThat(anyone.get("/favicon.ico").statusCode()).isEqualTo(200);
        assertThat(anyone.get("/icons/favicon-32.png").statusCode()).isEqualTo(200);
    }
}
