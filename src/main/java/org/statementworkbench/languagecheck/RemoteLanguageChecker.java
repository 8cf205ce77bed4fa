package org.statementworkbench.languagecheck;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementworkbench.base.UnLanguage;

/**
 * LanguageTool on one or more LanguageTool HTTP servers ({@code POST /v2/check}), for services that run LanguageTool
 * on separate machines. Checks go round-robin over the servers; a server that fails (refused, not reached or silent
 * within the time-out, an HTTP error, an answer that is not LanguageTool's) is rested for {@link #REST} and the
 * check goes to the next one. Each check sends the UN style profile's LanguageTool code and its disabled rules plus
 * those of the {@link RuleSettings}. Matches come with their suggestions (the server computes them anyway).
 */
class RemoteLanguageChecker implements LanguageChecker {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    /** How long the warm-up waits for each server: its first check in a language loads that language. */
    public static final Duration WARM_UP_TIMEOUT = Duration.ofMinutes(2);
    /** How long a server that failed is tried only after the others, and how often a failed warm-up is retried. */
    static final Duration REST = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(RemoteLanguageChecker.class);

    private final ServerRotation servers;
    private final Map<UnLanguage, UnStyleProfile> profiles;
    private final HttpClient client;
    private final Duration answerTimeout;
    private final Duration rest;
    private final Set<UnLanguage> answered = ConcurrentHashMap.newKeySet();
    private final Map<UnLanguage, Long> warmUpStarted = new ConcurrentHashMap<>();
    private final Set<UnLanguage> retrying = ConcurrentHashMap.newKeySet();

    public RemoteLanguageChecker(
            List<URI> servers,
            Duration connectTimeout,
            Duration answerTimeout,
            Map<UnLanguage, UnStyleProfile> profiles) {
        this(servers, connectTimeout, answerTimeout, profiles, REST);
    }

    RemoteLanguageChecker(
            List<URI> servers,
            Duration connectTimeout,
            Duration answerTimeout,
            Map<UnLanguage, UnStyleProfile> profiles,
            Duration rest) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no LanguageTool server given");
        }
        this.profiles = Map.copyOf(profiles);
        this.answerTimeout = answerTimeout;
        this.rest = rest;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.servers = new ServerRotation(
                servers.stream()
                        .map(uri -> new LanguageToolServer(uri, client, answerTimeout))
                        .toList(),
                rest);
    }

    /** These servers with the default time-outs and the UN style profiles. */
    public RemoteLanguageChecker(List<URI> servers) {
        this(servers, CONNECT_TIMEOUT, ANSWER_TIMEOUT, UnStyleProfile.load());
    }

    /** The servers of a comma-separated list (see {@link #servers(String)}), default time-outs, the UN profiles. */
    public RemoteLanguageChecker(String serverList) {
        this(servers(serverList));
    }

    /**
     * The base URLs of a comma-separated list such as {@code http://lt1:8081,http://lt2:8081} (a trailing
     * {@code /v2/check} or {@code /v2} is dropped).
     *
     * @throws IllegalArgumentException naming the entry that is not an http(s) URL with a host
     */
    public static List<URI> servers(String list) {
        List<URI> servers = new ArrayList<>();
        for (String entry : Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList()) {
            URI uri;
            try {
                uri = LanguageToolServer.baseOf(new URI(entry));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("\"" + entry + "\" is not a URL of a LanguageTool server", e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("\"" + entry
                        + "\" is not an http(s) URL of a LanguageTool server, such as http://localhost:8081");
            }
            servers.add(uri);
        }
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no LanguageTool server given");
        }
        return List.copyOf(servers);
    }

    @Override
    public List<LanguageMatch> check(UnLanguage language, String text, RuleSettings settings) {
        if (text.isEmpty()) {
            return List.of();
        }
        ComposedText composed = ComposedText.of(text);
        List<LanguageMatch> found = ask(form(language, composed.composed(), settings), composed.composed(), language);
        return profile(language).withoutAccepted(composed.composed(), found).stream()
                .map(composed::toOriginal)
                .toList();
    }

    @Override
    public List<String> suggestions(UnLanguage language, String text, LanguageMatch match) {
        if (!match.suggestionsPending()) {
            return match.suggestions();
        }
        return check(language, text, RuleSettings.DEFAULT).stream()
                .filter(m -> m.id().equals(match.id()))
                .findFirst()
                .map(LanguageMatch::suggestions)
                .orElse(List.of());
    }

    /**
     * A small check on every server, waiting up to {@link #WARM_UP_TIMEOUT} for each (a server loads a language on
     * its first check in it); done when at least one answered.
     */
    @Override
    public void warmUp(UnLanguage language) {
        warmUpStarted.put(language, System.nanoTime());
        String text = "Warm-up.";
        Map<String, String> form = form(language, text, RuleSettings.DEFAULT);
        Duration wait = answerTimeout.compareTo(WARM_UP_TIMEOUT) > 0 ? answerTimeout : WARM_UP_TIMEOUT;
        List<String> problems = new ArrayList<>();
        for (LanguageToolServer server : servers.all()) {
            try {
                CheckAnswer.matches(server.check(form, wait), text);
                answered.add(language);
            } catch (LanguageToolServer.Failure e) {
                problems.add(e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.add(server + " " + e.getMessage());
            }
        }
        if (!answered.contains(language)) {
            throw failure(problems, language);
        }
        problems.forEach(p -> log.warn("{} warm-up: {}", language.englishName(), p));
    }

    /**
     * Whether a server has answered a check in this language. While none has, a warm-up that found no server is
     * tried again in the background every {@link #REST}, so that servers down at start-up are used once they are up.
     */
    @Override
    public boolean ready(UnLanguage language) {
        if (answered.contains(language)) {
            return true;
        }
        Long started = warmUpStarted.get(language);
        if (started != null && System.nanoTime() - started > rest.toNanos() && retrying.add(language)) {
            Thread.ofVirtual().name("languagetool-warm-up-" + language.code()).start(() -> {
                try {
                    warmUp(language);
                } catch (LanguageCheckException e) {
                    log.debug("{} warm-up retry: {}", language.englishName(), e.getMessage());
                } finally {
                    retrying.remove(language);
                }
            });
        }
        return false;
    }

    @Override
    public void close() {
        client.shutdownNow();
    }

    private UnStyleProfile profile(UnLanguage language) {
        return Objects.requireNonNull(profiles.get(language), () -> "no UN style profile for " + language);
    }

    private Map<String, String> form(UnLanguage language, String text, RuleSettings settings) {
        UnStyleProfile profile = profile(language);
        Set<String> disabled = new TreeSet<>(profile.disabledRules().keySet());
        disabled.addAll(settings.disabledRules());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("language", profile.languageToolCode());
        form.put("text", text);
        if (!disabled.isEmpty()) {
            form.put("disabledRules", String.join(",", disabled));
        }
        return form;
    }

    private List<LanguageMatch> ask(Map<String, String> form, String text, UnLanguage language) {
        List<String> problems = new ArrayList<>();
        for (LanguageToolServer server : servers.inTurn()) {
            try {
                List<LanguageMatch> matches = CheckAnswer.matches(server.check(form), text);
                servers.answered(server);
                answered.add(language);
                return matches;
            } catch (LanguageToolServer.Failure e) {
                if (!e.tryAnother()) {
                    throw new LanguageCheckException(e.getMessage(), e);
                }
                problems.add(e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.add(server + " " + e.getMessage());
            }
            servers.failed(server);
        }
        throw failure(problems, language);
    }

    private static LanguageCheckException failure(List<String> problems, UnLanguage language) {
        return new LanguageCheckException(
                problems.size() == 1
                        ? problems.getFirst()
                        : "No LanguageTool server could check the " + language.englishName() + " text: "
                                + String.join("; ", problems));
    }
}
