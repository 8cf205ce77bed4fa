package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementworkbench.base.UnLanguage;

/**
 * The remote checker against small fake servers on loopback that answer badly: garbage, JSON of another shape,
 * matches outside the text, HTTP errors, no answer at all. Each gives a clear {@link LanguageCheckException}; a
 * server that fails is skipped for the next one, except when it rejected the request itself (HTTP 400).
 */
class RemoteLanguageCheckerFailureTest {

    static final String TEXT = "The Council met.";
    static final String NO_MATCHES = "{\"software\": {\"name\": \"LanguageTool\"}, \"matches\": []}";

    private final List<HttpServer> fakes = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void stopFakes() {
        released.countDown();
        fakes.forEach(f -> f.stop(0));
    }

    /** A server answering every request with this status and body; the requests' bodies go to {@code seen}. */
    String fake(int status, String body, List<String> seen) {
        return fake(
                exchange -> {
                    try {
                        seen.add(exchange.getRequestURI().getPath() + " "
                                + URLDecoder.decode(
                                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                                        StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return status;
                },
                body);
    }

    /** A server answering every request with this body and the status the function gives for it. */
    String fake(ToIntFunction<HttpExchange> status, String body) {
        return serve(exchange -> {
            int code;
            try {
                code = status.applyAsInt(exchange);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    /** A server on loopback that handles every request so, stopped after the test; returns its URL. */
    String serve(HttpHandler handler) {
        try {
            HttpServer fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            fake.createContext("/", handler);
            fake.start();
            fakes.add(fake);
            return "http://127.0.0.1:" + fake.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a fake server's answer back until the test ends. */
    private void untilTheTestEnds() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A check against the server gives up after {@code millis} and says so. */
    private static void assertTimesOut(String url, int millis) {
        try (RemoteLanguageChecker checker = checker(Duration.ofMillis(millis), url)) {
            assertThatThrownBy(() -> checker.check(UnLanguage.EN, TEXT, RuleSettings.DEFAULT))
                    .isInstanceOf(LanguageCheckException.class)
                    .hasMessage("LanguageTool server " + url + " did not answer within " + millis + " ms");
        }
    }

    static RemoteLanguageChecker checker(Duration answer, String... urls) {
        return new RemoteLanguageChecker(
                Stream.of(urls).map(URI::create).toList(), Duration.ofSeconds(2), answer, UnStyleProfile.load());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an HTML page          | 200 | <html><body>Welcome to nginx!</body></html> | sent an answer that is not a LanguageTool check result: it is not JSON: Unexpected character ('<'
            an empty answer       | 200 | ''                                          | sent an answer that is not a LanguageTool check result: it is not a JSON object
            JSON of another shape | 200 | {"status": "ok"}                            | sent an answer that is not a LanguageTool check result: it has no "matches" list
            a match off the text  | 200 | {"matches": [{"offset": 10, "length": 30, "message": "x", "rule": {"id": "R"}}]} | sent an answer that is not a LanguageTool check result: a match at [10, 40) lies outside the text of 16 characters
            a match without rule  | 200 | {"matches": [{"offset": 0, "length": 3, "message": "x"}]} | sent an answer that is not a LanguageTool check result: a match has no text "id"
            text offsets          | 200 | {"matches": [{"offset": "4", "length": 7, "message": "x", "rule": {"id": "R"}}]} | a match has no whole-number "offset"
            incomplete results    | 200 | {"warnings": {"incompleteResults": true, "incompleteResultsReason": "timeout"}, "matches": []} | stopped before checking all of the text (timeout)
            a server error        | 500 | Internal Server Error\\nat org.languagetool... | answered HTTP 500: Internal Server Error
            a wrong path          | 404 | Not found                                   | answered HTTP 404: Not found
            """)
    void aBadAnswerGivesAClearExceptionNamingTheServer(String what, int status, String body, String message) {
        String url = fake(status, body.replace("\\n", "\n"), new CopyOnWriteArrayList<>());
        try (RemoteLanguageChecker checker = checker(Duration.ofSeconds(10), url)) {
            assertThatThrownBy(() -> checker.check(UnLanguage.EN, TEXT, RuleSettings.DEFAULT))
                    .isInstanceOf(LanguageCheckException.class)
                    .hasMessageStartingWith("LanguageTool server " + url + " ")
                    .hasMessageContaining(message)
                    .hasMessageNotContaining("\n");
            assertThat(checker.ready(UnLanguage.EN)).isFalse();
        }
    }

    @Test
    void aBadAnswerFailsOverToTheNextServer() {
        List<String> seen = new CopyOnWriteArrayList<>();
        String garbled = fake(200, "<html>", new CopyOnWriteArrayList<>());
        String good = fake(200, NO_MATCHES, seen);
        try (RemoteLanguageChecker checker = checker(Duration.ofSeconds(10), garbled, good)) {
            assertThat(checker.check(UnLanguage.EN, TEXT, RuleSettings.DEFAULT)).isEmpty();
            assertThat(checker.ready(UnLanguage.EN)).isTrue();
        }
        assertThat(seen).hasSize(1);
    }

    @Test
    void checksGoRoundRobinAndAFailingServerRests() {
        List<String> first = new CopyOnWriteArrayList<>();
        List<String> second = new CopyOnWriteArrayList<>();
        List<String> failing = new CopyOnWriteArrayList<>();
        try (RemoteLanguageChecker checker =
                checker(Duration.ofSeconds(10), fake(200, NO_MATCHES, first), fake(200, NO_MATCHES, second))) {
            for (int i = 0; i < 6; i++) {
                checker.check(UnLanguage.EN, TEXT, RuleSettings.DEFAULT);
            }
        }
        assertThat(first).hasSize(3);
        assertThat(second).hasSize(3);
        try (RemoteLanguageChecker checker =
                checker(Duration.ofSeconds(10), fake(500, "down", failing), fake(200, NO_MATCHES, second))) {
            for (int i = 0; i < 6; i++) {
                assertThat(checker.check(UnLanguage.EN, TEXT, RuleSettings.DEFAULT))
                        .isEmpty();
            }
        }
        assertThat(failing).as("asked once, then rested for 30 s").hasSize(1);
        assertThat(second).hasSize(3 + 6);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsNamedWithTheTimeOut() {
        String silent = serve(exchange -> {
            untilTheTestEnds();
            exchange.close();
        });
        assertTimesOut(silent, 300);
        assertThat(LanguageToolServer.seconds(Duration.ofSeconds(10))).isEqualTo("10 s");
        assertThat(LanguageToolServer.seconds(Duration.ofMillis(1500))).isEqualTo("1.5 s");
    }

    @Test
    void anAnswerThatStopsHalfWayIsTimedOutToo() {
        String dripping = serve(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("{\"matches\": [".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            untilTheTestEnds();
            exchange.close();
        });
        assertTimesOut(dripping, 500);
    }

    @Test
    void aServerDownAtWarmUpIsUsedOnceItAnswers() {
        var answers = new AtomicInteger();
        String url = fake(exchange -> answers.incrementAndGet() == 1 ? 503 : 200, NO_MATCHES);
        try (RemoteLanguageChecker checker = new RemoteLanguageChecker(
                List.of(URI.create(url)),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                UnStyleProfile.load(),
                Duration.ofMillis(200))) {
            assertThatThrownBy(() -> checker.warmUp(UnLanguage.AR)).hasMessageContaining("answered HTTP 503");
            assertThat(checker.ready(UnLanguage.AR)).isFalse(); // too soon to try again
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> checker.ready(UnLanguage.AR));
            assertThat(checker.ready(UnLanguage.ZH)).isFalse(); // never warmed up: left to the service
        }
        assertThat(answers.get()).isEqualTo(2);
    }

    @Test
    void anUnknownHostIsNamed() {
        try (RemoteLanguageChecker checker = checker(Duration.ofSeconds(10), "http://languagetool.invalid:8081")) {
            assertThatThrownBy(() -> checker.check(UnLanguage.EN, TEXT, RuleSettings.DEFAULT))
                    .isInstanceOf(LanguageCheckException.class)
                    .hasMessage("LanguageTool server http://languagetool.invalid:8081: unknown host "
                            + "languagetool.invalid");
        }
    }

    @Test
    void aRejectedRequestIsNotRepeatedOnTheOtherServers() {
        List<String> seen = new CopyOnWriteArrayList<>();
        String rejecting = fake(400, "Error: 'xx' is not a language code known to LanguageTool.", seen);
        String good = fake(200, NO_MATCHES, seen);
        try (RemoteLanguageChecker checker = checker(Duration.ofSeconds(10), rejecting, good)) {
            assertThatThrownBy(() -> checker.check(UnLanguage.EN, TEXT, RuleSettings.DEFAULT))
                    .isInstanceOf(LanguageCheckException.class)
                    .hasMessage("LanguageTool server " + rejecting + " answered HTTP 400: Error: 'xx' is not a "
                            + "language code known to LanguageTool.");
        }
        assertThat(seen).hasSize(1);
    }

    @Test
    void theCheckPostsTheProfilesLanguageCodeTextAndDisabledRulesToV2Check() {
        List<String> seen = new CopyOnWriteArrayList<>();
        String url = fake(200, NO_MATCHES, seen);
        try (RemoteLanguageChecker checker = checker(Duration.ofSeconds(10), url + "/v2/check")) {
            checker.check(UnLanguage.EN, "Member States & the Council", new RuleSettings(Set.of("B", "A")));
            checker.check(UnLanguage.ZH, "会员国", RuleSettings.DEFAULT);
        }
        assertThat(seen)
                .containsExactly(
                        "/v2/check language=en-GB&text=Member States & the Council&disabledRules=A,ARROWS,B",
                        "/v2/check language=zh-CN&text=会员国");
    }

    @Test
    void serverListsAreCheckedAndNormalised() {
        assertThat(RemoteLanguageChecker.servers(" http://lt1:8081, https://lt2.example.org/languagetool/v2/check,"))
                .containsExactly(URI.create("http://lt1:8081"), URI.create("https://lt2.example.org/languagetool"));
        assertThatThrownBy(() -> RemoteLanguageChecker.servers("lt1:8081"))
                .hasMessage(
                        "\"lt1:8081\" is not an http(s) URL of a LanguageTool server, such as http://localhost:8081");
        assertThatThrownBy(() -> RemoteLanguageChecker.servers(" , ")).hasMessage("no LanguageTool server given");
        assertThatThrownBy(() -> RemoteLanguageChecker.servers("http://lt 1:8081"))
                .hasMessageContaining("is not a URL of a LanguageTool server");
    }
}
