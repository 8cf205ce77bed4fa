package org.statementworkbench.security.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A plain HTTP client with its own cookies, for talking to the workbench on its random port like a browser. */
final class WebClient {

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final int port;

    WebClient(int port) {
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the home page opens, rather than sending this browser to sign in. */
    boolean signedIn() throws IOException, InterruptedException {
        return get("/").statusCode() == 200;
    }

    /** The value of a meta tag of the page, or null. */
    static String meta(String html, String name) {
        Element meta = Jsoup.parse(html).selectFirst("meta[name=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }

    /**
     * Signs in the way Vaadin's login form does: the page's CSRF token (when the page has one) with the username
     * and password, posted to /login. Returns the answer to the POST.
     */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("/login").body();
        String token = meta(page, "_csrf");
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("username", username);
        form.put("password", password);
        if (token != null) {
            form.put(meta(page, "_csrf_parameter"), token);
        }
        return postForm("/login", form, Map.of());
    }
}
