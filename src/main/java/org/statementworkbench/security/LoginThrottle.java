package org.statementworkbench.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting an attacker lock the real owner out (OWASP's authentication and
 * credential-stuffing guidance: throttle per account and per source, prefer locks that spare known clients).
 * Three counters, each over a sliding {@link #WINDOW}:
 * <ul>
 * <li><b>one account from one address</b>: {@link #MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS} failures lock that pair;
 * the owner coming from any other address is not affected;</li>
 * <li><b>one account from anywhere</b> (guessing spread over many addresses): {@link #MAX_FAILURES_PER_ACCOUNT}
 * failures lock the account, but only for addresses it has not signed in from successfully within
 * {@link #FAMILIARITY};</li>
 * <li><b>one address for any accounts</b> (password spraying): {@link #MAX_FAILURES_PER_ADDRESS} failures lock the
 * address, but only for accounts that have not signed in from it within {@link #FAMILIARITY}, so colleagues
 * behind the same office address keep signing in.</li>
 * </ul>
 * A locked attempt is refused even with the right password. In memory: a restart clears it, acceptable for a
 * single-node workbench (several servers each count their own attempts).
 */
public class LoginThrottle {

    public static final int MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
    public static final int MAX_FAILURES_PER_ACCOUNT = 20;
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final Duration FAMILIARITY = Duration.ofDays(30);
    static final int MAX_FAMILIAR_ADDRESSES_PER_ACCOUNT = 20;
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final Map<String, FamiliarAddresses> familiar = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again; zero when a login may be attempted now. */
    public Duration lockRemaining(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        Duration wait = remaining(pairKey(account, address), now);
        if (!isFamiliar(account, address, now)) {
            wait = longer(wait, remaining(account, now));
            wait = longer(wait, remaining(addressKey(address), now));
        }
        return wait;
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_TRACKED_KEYS) {
            attempts.entrySet().removeIf(e -> e.getValue().idle(now));
        }
        String account = accountKey(username);
        attempts.computeIfAbsent(pairKey(account, address), k -> new Attempts(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS))
                .fail(now);
        attempts.computeIfAbsent(account, k -> new Attempts(MAX_FAILURES_PER_ACCOUNT))
                .fail(now);
        attempts.computeIfAbsent(addressKey(address), k -> new Attempts(MAX_FAILURES_PER_ADDRESS))
                .fail(now);
    }

    /**
     * A successful sign-in clears the failures of this account from this address and makes the address familiar
     * to the account. Failures counted against the account or the address as a whole stay: an attack in progress
     * is not reset by its victim signing in.
     */
    public void recordSuccess(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        attempts.remove(pairKey(account, address));
        if (familiar.size() > MAX_TRACKED_KEYS) {
            familiar.entrySet().removeIf(e -> e.getValue().stale(now));
        }
        familiar.computeIfAbsent(account, k -> new FamiliarAddresses()).seen(address, now);
    }

    private boolean isFamiliar(String account, String address, Instant now) {
        FamiliarAddresses addresses = familiar.get(account);
        return addresses != null && addresses.knows(address, now);
    }

    private Duration remaining(String key, Instant now) {
        Attempts a = attempts.get(key);
        return a == null ? Duration.ZERO : a.lockRemaining(now);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String username) {
        return "u:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String accountKey, String address) {
        return accountKey + "|a:" + address;
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

    /** The addresses an account signed in from lately, the oldest forgotten first. */
    private static final class FamiliarAddresses {
        private final LinkedHashMap<String, Instant> lastSeen = new LinkedHashMap<>(16, 0.75f, true);

        synchronized void seen(String address, Instant now) {
            lastSeen.put(address, now);
            while (lastSeen.size() > MAX_FAMILIAR_ADDRESSES_PER_ACCOUNT) {
                lastSeen.remove(lastSeen.keySet().iterator().next());
            }
        }

        synchronized boolean knows(String address, Instant now) {
            Instant seen = lastSeen.get(address);
            return seen != null && seen.isAfter(now.minus(FAMILIARITY));
        }

        synchronized boolean stale(Instant now) {
            return lastSeen.values().stream().allMatch(seen -> !seen.isAfter(now.minus(FAMILIARITY)));
        }
    }
}
