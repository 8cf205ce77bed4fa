package org.statementworkbench.languagecheck;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One LanguageTool HTTP server: posts a check to its {@code /v2/check} and returns the answer's body, or fails with a
 * message that names the server and says what went wrong (refused, not reached or no answer in time, an HTTP error).
 */
final class LanguageToolServer {

    private final URI base;
    private final URI checkEndpoint;
    private final HttpClient client;
    private final Duration answerTimeout;

    LanguageToolServer(URI url, HttpClient client, Duration answerTimeout) {
        this.base = baseOf(url);
        String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        this.checkEndpoint = base.resolve(path + "v2/check");
        this.client = client;
        this.answerTimeout = answerTimeout;
    }

    /** The server's base URL: the given one without a trailing {@code /v2/check} or {@code /v2}. */
    static URI baseOf(URI url) {
        String text = url.toString();
        String base = text.replaceFirst("/v2(/check)?/?$", "");
        return base.equals(text) ? url : URI.create(base);
    }

    /**
     * Posts the form fields to {@code /v2/check}.
     *
     * @throws Failure when the server cannot be used for this check; {@link Failure#tryAnother()} says whether another
     *     server may succeed (it may not when the server rejected the request itself)
     */
    String check(Map<String, String> form) throws Failure {
        return check(form, answerTimeout);
    }

    /** {@link #check(Map)} waiting up to {@code timeout} for the answer (a server's first check loads the language). */
    String check(Map<String, String> form, Duration timeout) throws Failure {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(checkEndpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        // the whole answer, body included, within the time-out (the request's own time-out ends at the headers)
        CompletableFuture<HttpResponse<String>> answer =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new Failure(this + " did not answer within " + seconds(timeout), true, e);
        } catch (ExecutionException e) {
            throw failure(e.getCause() != null ? e.getCause() : e, timeout);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure("the check on " + this + " was interrupted", false, e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        // 400 and 413: this text or these parameters; another server would answer the same
        boolean tryAnother = status != 400 && status != 413;
        throw new Failure(this + " answered HTTP " + status + ": " + firstLine(response.body()), tryAnother, null);
    }

    private Failure failure(Throwable cause, Duration timeout) {
        return switch (cause) {
            case HttpConnectTimeoutException e ->
                new Failure(this + " could not be reached within " + seconds(client.connectTimeout()), true, e);
            case HttpTimeoutException e -> new Failure(this + " did not answer within " + seconds(timeout), true, e);
            case ConnectException e ->
                new Failure(
                        unknownHost(e)
                                ? this + ": unknown host " + base.getHost()
                                : this + " refused the connection (is it running?)",
                        true,
                        e);
            case IOException e -> new Failure(this + " failed: " + describe(e), true, e);
            default -> new Failure(this + " failed: " + cause, true, cause);
        };
    }

    @Override
    public String toString() {
        return "LanguageTool server " + base;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** "10 s", "1.5 s", "300 ms". */
    static String seconds(Optional<Duration> duration) {
        return duration.map(LanguageToolServer::seconds).orElse("the system's time-out");
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static boolean unknownHost(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(IOException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null
                ? firstLine(cause.getMessage())
                : cause.getClass().getSimpleName();
    }

    /** The first line of a text, at most 200 characters: enough to say what a server complained about. */
    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("(empty answer)").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    /** A check this server could not do; the message names the server. */
    static final class Failure extends Exception {

        private final boolean tryAnother;

        Failure(String message, boolean tryAnother, @Nullable Throwable cause) {
            super(message, cause);
            this.tryAnother = tryAnother;
        }

        /** Whether another server may succeed where this one failed. */
        boolean tryAnother() {
            return tryAnother;
        }

        /** Never null: the constructor takes a message. */
        @Override
        public String getMessage() {
            return Objects.requireNonNull(super.getMessage());
        }
    }
}
