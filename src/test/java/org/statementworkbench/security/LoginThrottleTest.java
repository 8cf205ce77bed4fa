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

    static final String ATTACKER = "203.0.113.66";
    static final String OWNER = "198.51.100.7";

    final ManualClock clock = new ManualClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }

    @Test
    void fiveFailuresLockThatAccountFromThatAddress() {
        fail("amina", ATTACKER, LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1);
        assertThat(throttle.lockRemaining("amina", ATTACKER)).isZero();

        throttle.recordFailure("Amina", ATTACKER);

        assertThat(throttle.lockRemaining("amina", ATTACKER)).isEqualTo(LoginThrottle.LOCK);
        assertThat(throttle.lockRemaining("somebody-else", ATTACKER)).isZero();
    }

    @Test
    void anAttackerGuessingOneAccountDoesNotLockOutTheOwnerComingFromAnotherAddress() {
        fail("amina", ATTACKER, LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS * 3);

        assertThat(throttle.lockRemaining("amina", ATTACKER)).isPositive();
        assertThat(throttle.lockRemaining("amina", OWNER))
                .as("the owner, even signing in from there the first time")
                .isZero();
    }

    @Test
    void guessingSpreadOverManyAddressesLocksTheAccountOnlyForAddressesItNeverSignedInFrom() {
        throttle.recordSuccess("li.wei", OWNER);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            throttle.recordFailure("li.wei", "192.0.2." + i);
        }

        assertThat(throttle.lockRemaining("li.wei", "192.0.2.200")).isEqualTo(LoginThrottle.LOCK);
        assertThat(throttle.lockRemaining("li.wei", OWNER)).isZero();
        assertThat(throttle.lockRemaining("olga", "192.0.2.200")).isZero();
    }

    @Test
    void sprayingFromOneAddressDoesNotLockOutColleaguesWhoSignedInFromThatAddressBefore() {
        String office = "10.20.30.40";
        throttle.recordSuccess("olga", office);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("guess" + i, office);
        }

        assertThat(throttle.lockRemaining("olga", office)).isZero();
        assertThat(throttle.lockRemaining("a-new-name", office)).isPositive();
        assertThat(throttle.lockRemaining("a-new-name", "10.20.30.41")).isZero();
    }

    @Test
    void aFamiliarAddressStillCountsItsOwnFailures() {
        throttle.recordSuccess("pierre", OWNER);
        fail("pierre", OWNER, LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
        assertThat(throttle.lockRemaining("pierre", OWNER)).isEqualTo(LoginThrottle.LOCK);
    }

    @Test
    void anAddressIsForgottenAfterTheFamiliarityPeriod() {
        throttle.recordSuccess("li.wei", OWNER);
        clock.advance(LoginThrottle.FAMILIARITY.plusMinutes(1));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            throttle.recordFailure("li.wei", "192.0.2." + i);
        }
        assertThat(throttle.lockRemaining("li.wei", OWNER)).isPositive();
    }

    @Test
    void theLockExpires() {
        fail("li.wei", "192.0.2.1", LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
        clock.advance(LoginThrottle.LOCK.minusSeconds(1));
        assertThat(throttle.lockRemaining("li.wei", "192.0.2.1")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockRemaining("li.wei", "192.0.2.1")).isZero();
    }

    @Test
    void failuresOutsideTheWindowDoNotAccumulate() {
        fail("olga", "198.51.100.1", LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        throttle.recordFailure("olga", "198.51.100.1");
        assertThat(throttle.lockRemaining("olga", "198.51.100.1")).isZero();
    }

    @Test
    void aSuccessfulLoginClearsTheFailuresOfThatAccountFromThatAddress() {
        fail("pierre", "203.0.113.5", LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1);
        throttle.recordSuccess("pierre", "203.0.113.5");
        throttle.recordFailure("pierre", "203.0.113.5");
        assertThat(throttle.lockRemaining("pierre", "203.0.113.5")).isZero();
    }
}
