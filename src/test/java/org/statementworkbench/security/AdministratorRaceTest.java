package org.statementworkbench.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.TestSignIn;

/**
 * Two requests changing administrators at the same moment, on two threads against MariaDB, as two servers would:
 * the first one's transaction is held open (as a slow server would) while the second one runs. Each test works on
 * an empty user table and puts the users of the rest of the suite back afterwards.
 */
@SpringBootTest
class AdministratorRaceTest {

    static final String PASSWORD = "a-long-enough-secret";

    @Autowired
    UserService userService;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void setAsideTheSuitesUsers() {
        for (String table : List.of("app_user", "app_user_role", "app_user_language")) {
            jdbc.execute("drop table if exists race_saved_" + table);
            jdbc.execute("create table race_saved_" + table + " as select * from " + table);
        }
        jdbc.update("delete from app_user");
    }

    @AfterEach
    void putTheSuitesUsersBack() {
        threads.shutdownNow();
        jdbc.update("delete from app_user");
        for (String table : List.of("app_user", "app_user_role", "app_user_language")) {
            jdbc.update("insert into " + table + " select * from race_saved_" + table);
            jdbc.execute("drop table race_saved_" + table);
        }
    }

    private static void signInAs(String username) {
        TestSignIn.as(username, Role.ADMIN);
    }

    /** Amina, the first administrator, creates Pierre, a second one; returns Pierre as she saw him then. */
    private UserAccount pierreCreatedByAmina() {
        signInAs("admin-amina");
        try {
            return userService.createUser(
                    new NewUser("admin-pierre", "Pierre Dubois", PASSWORD, Set.of(Role.ADMIN), Set.of()));
        } finally {
            TestSignIn.out();
        }
    }

    /** One administrator's request: saves {@code account}, as last seen, with one role, enabled or not. */
    private Runnable update(String administrator, UserAccount account, Role role, boolean enabled) {
        return () -> {
            signInAs(administrator);
            userService.updateUser(new UserUpdate(
                    account.id(), account.version(), account.fullName(), Set.of(role), Set.of(), enabled));
        };
    }

    private long enabledAdministrators() {
        return users.countActiveAdmins();
    }

    /** Runs {@code first} in a transaction kept open until {@code second} has had a second to run, then commits. */
    private List<Throwable> race(Runnable first, Runnable second) throws Exception {
        var firstDone = new CountDownLatch(1);
        CompletableFuture<Throwable> one = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        tx.executeWithoutResult(status -> {
                            first.run();
                            firstDone.countDown();
                            sleep(1500); // not a wait: holds the transaction open, as a slow server would
                        });
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    } finally {
                        firstDone.countDown();
                        TestSignIn.out();
                    }
                },
                threads);
        CompletableFuture<Throwable> two = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        firstDone.await(30, TimeUnit.SECONDS);
                        second.run();
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    } catch (InterruptedException e) {
                        return e;
                    } finally {
                        TestSignIn.out();
                    }
                },
                threads);
        var outcomes = new java.util.ArrayList<Throwable>();
        outcomes.add(one.get(60, TimeUnit.SECONDS));
        outcomes.add(two.get(60, TimeUnit.SECONDS));
        return outcomes;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void twoSimultaneousSetupsCreateOneAdministrator() throws Exception {
        assertThat(userService.adminExists()).isFalse();

        List<Throwable> outcomes = race(
                () -> userService.createFirstAdmin("setup-first", "First Visitor", PASSWORD),
                () -> userService.createFirstAdmin("setup-second", "Second Visitor", PASSWORD));

        assertThat(outcomes.get(0)).isNull();
        assertThat(outcomes.get(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("already exists");
        assertThat(enabledAdministrators()).isEqualTo(1);
        assertThat(users.findByUsername("setup-second")).isEmpty();
    }

    @Test
    void twoAdministratorsDisablingEachOtherLeaveOneEnabled() throws Exception {
        UserAccount amina = userService.createFirstAdmin("admin-amina", "Amina El-Sayed", PASSWORD);
        UserAccount pierre = pierreCreatedByAmina();
        assertThat(enabledAdministrators()).isEqualTo(2);

        List<Throwable> outcomes = race(
                update("admin-amina", pierre, Role.ADMIN, false), update("admin-pierre", amina, Role.ADMIN, false));

        assertThat(outcomes.get(0)).isNull();
        assertThat(outcomes.get(1))
                .as("Pierre, disabled meanwhile, is refused with that reason")
                .isInstanceOf(AccountDisabledException.class);
        assertThat(enabledAdministrators()).isEqualTo(1);
        assertThat(userService.adminExists())
                .as("so /setup stays closed to anonymous visitors")
                .isTrue();
    }

    @Test
    void demotingTheOtherOfTwoAdministratorsAtOnceKeepsOne() throws Exception {
        UserAccount amina = userService.createFirstAdmin("admin-amina", "Amina El-Sayed", PASSWORD);
        UserAccount pierre = pierreCreatedByAmina();

        // each demotes themselves while the other is still an administrator: only one may succeed
        List<Throwable> outcomes = race(
                update("admin-amina", amina, Role.REVIEWER, true), update("admin-pierre", pierre, Role.REVIEWER, true));

        assertThat(outcomes.get(0)).isNull();
        assertThat(outcomes.get(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At least one enabled administrator");
        assertThat(enabledAdministrators()).isEqualTo(1);
    }
}
