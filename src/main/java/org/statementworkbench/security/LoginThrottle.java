package org.statementworkbench.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate-limits failed logins, per username and per client address: after too many failures within the window,
 * further attempts are refused until the lock expires, even with the right password. In memory: a restart
 * clears it, which is acceptable for a single-node workbench.
 */
public class LoginThrottle {

    public static final int MAX_FAILURES_PER_USER = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again; zero when a login may be attempted now. */
    public Duration lockRemaining(String username, String address) {
        Instant now = clock.instant();
        Duration user = remaining(userKey(username), now);
        Duration ip = remaining(addressKey(address), now);
        return user.compareTo(ip) >= 0 ? user : ip;
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_TRACKED_KEYS) {
            attempts.entrySet().removeIf(e -> e.getValue().idle(now));
        }
        attempts.computeIfAbsent(userKey(username), k -> new Attempts(MAX_FAILURES_PER_USER)).fail(now);
        attempts.computeIfAbsent(addressKey(address), k -> new Attempts(MAX_FAILURES_PER_ADDRESS)).fail(now);
    }

    public void recordSuccess(String username) {
        attempts.remove(userKey(username));
    }

    private Duration remaining(String key, Instant now) {
        Attempts a = attempts.get(key);
        return a == null ? Duration.ZERO : a.lockRemaining(now);
    }

    private static String userKey(String username) {
        return "u:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static final class Attempts {
        private final int limit;
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.EPOCH;

        Attempts(int limit) {
            this.limit = limit;
        }

        synchronized void fail(Instant now) {
            failures.addLast(now);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(WINDOW))) {
                failures.removeFirst();
            }
            if (failures.size() >= limit) {
                lockedUntil = now.plus(LOCK);
                failures.clear();
            }
        }

        synchronized Duration lockRemaining(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        synchronized boolean idle(Instant now) {
            return !now.isBefore(lockedUntil)
                    && (failures.isEmpty() || failures.peekLast().isBefore(now.minus(WINDOW)));
        }
    }
}
