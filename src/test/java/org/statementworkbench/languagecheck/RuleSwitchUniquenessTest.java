package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/**
 * A LanguageTool rule is switched off at most once per language and place, also globally (statement id null),
 * held by the database (V11), on MariaDB: two inserts, and two administrators switching the same rule off at the
 * same moment on two threads, the first one's transaction held open as a slow server would.
 */
@SpringBootTest
class RuleSwitchUniquenessTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    LanguageRuleService rules;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    final String rule = "RACE_RULE_" + System.nanoTime() + "_" + counter.incrementAndGet();
    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void cleanUp() {
        threads.shutdownNow();
        jdbc.update("delete from language_rule_switch where rule_id = ?", rule);
        TestSignIn.out();
    }

    private int switches() {
        return jdbc.queryForObject("select count(*) from language_rule_switch where rule_id = ?", Integer.class, rule);
    }

    private void insertGlobal(UnLanguage language) {
        jdbc.update(
                "insert into language_rule_switch (language, rule_id, rule_description, statement_id, switched_by,"
                        + " switched_at) values (?, ?, 'race', null, 'someone', ?)",
                language.code(),
                rule,
                Timestamp.from(Instant.now()));
    }

    @Test
    void theDatabaseRefusesASecondGlobalSwitchOfTheSameRuleAndLanguage() {
        insertGlobal(UnLanguage.FR);
        assertThatThrownBy(() -> insertGlobal(UnLanguage.FR)).isInstanceOf(DataIntegrityViolationException.class);
        insertGlobal(UnLanguage.ES);
        assertThat(switches()).isEqualTo(2);
    }

    @Test
    void twoAdministratorsSwitchingTheSameRuleOffAtOnceLeaveOneSwitch() throws Exception {
        var firstSaved = new CountDownLatch(1);
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(
                () -> outcome(() -> {
                    TestSignIn.as("race-admin-1", Role.ADMIN);
                    tx.executeWithoutResult(status -> {
                        rules.switchOffGlobally(UnLanguage.FR, rule, "Possible spelling mistake", null);
                        firstSaved.countDown();
                        sleep(1500); // not a wait: holds the transaction open, as a slow server would
                    });
                }),
                threads);
        assertThat(firstSaved.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(
                () -> outcome(() -> {
                    TestSignIn.as("race-admin-2", Role.ADMIN);
                    rules.switchOffGlobally(UnLanguage.FR, rule, "Possible spelling mistake", null);
                }),
                threads);
        List<Throwable> failures = new ArrayList<>();
        for (CompletableFuture<Throwable> f : List.of(first, second)) {
            Throwable t = f.get(60, TimeUnit.SECONDS);
            if (t != null) {
                failures.add(t);
            }
        }
        assertThat(switches()).isOne();
        assertThat(failures).allSatisfy(t -> assertThat(t).isInstanceOf(DataIntegrityViolationException.class));
        TestSignIn.as("race-admin-3", Role.ADMIN);
        assertThat(rules.globalSwitches())
                .filteredOn(s -> s.ruleId().equals(rule))
                .singleElement()
                .satisfies(s -> assertThat(s.switchedBy()).isEqualTo("race-admin-1"));
    }

    private static Throwable outcome(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        } finally {
            TestSignIn.out();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
