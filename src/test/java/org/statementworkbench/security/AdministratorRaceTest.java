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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

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
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
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
                            sleep(1500);
                        });
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    } finally {
                        firstDone.countDown();
                        SecurityContextHolder.clearContext();
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
                        SecurityContextHolder.clearContext();
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
        signInAs("admin-amina");
        UserAccount pierre;
        try {
            pierre = userService.createUser(
                    new NewUser("admin-pierre", "Pierre Dubois", PASSWORD, Set.of(Role.ADMIN), Set.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(enabledAdministrators()).isEqualTo(2);
        UserAccount pierreAsSeen = pierre;

        List<Throwable> outcomes = race(
                () -> {
                    signInAs("admin-amina");
                    userService.updateUser(new UserUpdate(
                            pierreAsSeen.id(),
                            pierreAsSeen.version(),
                            pierreAsSeen.fullName(),
                            Set.of(Role.ADMIN),
                            Set.of(),
                            false));
                },
                () -> {
                    signInAs("admin-pierre");
                    userService.updateUser(new UserUpdate(
                            amina.id(), amina.version(), amina.fullName(), Set.of(Role.ADMIN), Set.of(), false));
                });

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
        signInAs("admin-amina");
        UserAccount pierre;
        try {
            pierre = userService.createUser(
                    new NewUser("admin-pierre", "Pierre Dubois", PASSWORD, Set.of(Role.ADMIN), Set.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        UserAccount pierreAsSeen = pierre;

        // each demotes themselves while the other is still an administrator: only one may succeed
        List<Throwable> outcomes = race(
                () -> {
                    signInAs("admin-amina");
                    userService.updateUser(new UserUpdate(
                            amina.id(), amina.version(), amina.fullName(), Set.of(Role.REVIEWER), Set.of(), true));
                },
                () -> {
                    signInAs("admin-pierre");
                    userService.updateUser(new UserUpdate(
                            pierreAsSeen.id(),
                            pierreAsSeen.version(),
                            pierreAsSeen.fullName(),
                            Set.of(Role.REVIEWER),
                            Set.of(),
                            true));
                });

        assertThat(outcomes.get(0)).isNull();
        assertThat(outcomes.get(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At least one enabled administrator");
        assertThat(enabledAdministrators()).isEqualTo(1);
    }
}
