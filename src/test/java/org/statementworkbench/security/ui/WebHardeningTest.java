package org.statementworkbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.statementworkbench.TestData;

/** Over real HTTP: login CSRF, the Content-Security-Policy and other headers, the session cookie and the icon. */
class WebHardeningTest extends HttpTest {

    @Test
    void aLoginPostWithoutTheCsrfTokenOfThePageSignsNobodyIn() throws Exception {
        translator("csrf-victim-account");
        var visitor = browser();
        visitor.get("/login");

        // what a foreign page's auto-submitted form sends: the attacker's credentials, no token of ours
        HttpResponse<String> forged = visitor.postForm(
                "/login",
                Map.of("username", "csrf-victim-account", "password", TestData.PASSWORD),
                Map.of("Origin", "https://attacker.example", "Referer", "https://attacker.example/"));

        assertThat(forged.statusCode()).as("refused, back to the sign-in page").isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(visitor.signedIn())
                .as("the visitor's browser is not signed in to the attacker's account")
                .isFalse();
    }

    @Test
    void theLoginFormSignsInWithTheTokenOfItsPage() throws Exception {
        translator("csrf-honest-account");
        var person = browser();
        String page = person.get("/login").body();
        assertThat(WebClient.meta(page, "_csrf")).isNotBlank();
        assertThat(org.jsoup.Jsoup.parse(page).select("meta[name=_csrf]")).hasSize(1);
        assertThat(WebClient.meta(page, "_csrf_parameter")).isEqualTo("_csrf");

        HttpResponse<String> answer = person.signIn("csrf-honest-account", TestData.PASSWORD);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(person.signedIn()).isTrue();
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyWithANoncePerPage() throws Exception {
        HttpResponse<String> login = browser().get("/login");
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
        String other = browser()
                .get("/login")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElse("");
        assertThat(other).as("a new nonce for every page").isNotEqualTo(csp);
    }

    @Test
    void responsesSayNosniffAndTheSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        var client = browser();
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
        var anyone = browser();
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
