package org.statementworkbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-05-16T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    final ManualClock clock = new ManualClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locksAUserAfterFiveFailuresWithinTheWindow() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER - 1; i++) {
            throttle.recordFailure("amina", "10.0.0." + i);
        }
        assertThat(throttle.lockRemaining("amina", "10.0.0.99")).isZero();

        throttle.recordFailure("Amina", "10.0.0.50");

        assertThat(throttle.lockRemaining("amina", "10.0.0.99")).isEqualTo(LoginThrottle.LOCK);
        assertThat(throttle.lockRemaining("somebody-else", "10.0.0.99")).isZero();
    }

    @Test
    void theLockExpires() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER; i++) {
            throttle.recordFailure("li.wei", "192.0.2.1");
        }
        clock.advance(LoginThrottle.LOCK.minusSeconds(1));
        assertThat(throttle.lockRemaining("li.wei", "192.0.2.7")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockRemaining("li.wei", "192.0.2.7")).isZero();
    }

    @Test
    void failuresOutsideTheWindowDoNotAccumulate() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER - 1; i++) {
            throttle.recordFailure("olga", "198.51.100.1");
        }
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        throttle.recordFailure("olga", "198.51.100.1");
        assertThat(throttle.lockRemaining("olga", "198.51.100.1")).isZero();
    }

    @Test
    void aSuccessfulLoginClearsTheUsersFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER - 1; i++) {
            throttle.recordFailure("pierre", "203.0.113.5");
        }
        throttle.recordSuccess("pierre");
        throttle.recordFailure("pierre", "203.0.113.5");
        assertThat(throttle.lockRemaining("pierre", "203.0.113.6")).isZero();
    }

    @Test
    void locksAnAddressThatTriesManyUsernames() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("guess" + i, "203.0.113.66");
        }
        assertThat(throttle.lockRemaining("a-real-user", "203.0.113.66")).isPositive();
        assertThat(throttle.lockRemaining("a-real-user", "203.0.113.67")).isZero();
    }
}
