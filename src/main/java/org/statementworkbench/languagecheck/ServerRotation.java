package org.statementworkbench.languagecheck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The order in which the LanguageTool servers are asked: round-robin, each check starting at the next server, with
 * the servers that failed in the last {@code rest} moved to the end (still tried when all others fail). Thread-safe.
 */
final class ServerRotation {

    private final List<LanguageToolServer> servers;
    private final Duration rest;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<LanguageToolServer, Long> restingUntil = new ConcurrentHashMap<>();

    ServerRotation(List<LanguageToolServer> servers, Duration rest) {
        this.servers = List.copyOf(servers);
        this.rest = rest;
    }

    List<LanguageToolServer> all() {
        return servers;
    }

    /** All servers, starting with the next in turn; those resting after a failure come last. */
    List<LanguageToolServer> inTurn() {
        int first = Math.floorMod(next.getAndIncrement(), servers.size());
        long now = System.nanoTime();
        List<LanguageToolServer> awake = new ArrayList<>(servers.size());
        List<LanguageToolServer> resting = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            LanguageToolServer server = servers.get((first + i) % servers.size());
            Long until = restingUntil.get(server);
            if (until != null && until - now > 0) {
                resting.add(server);
            } else {
                awake.add(server);
            }
        }
        awake.addAll(resting);
        return awake;
    }

    void failed(LanguageToolServer server) {
        restingUntil.put(server, System.nanoTime() + rest.toNanos());
    }

    void answered(LanguageToolServer server) {
        restingUntil.remove(server);
    }
}
