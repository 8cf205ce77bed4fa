package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;

/**
 * Migration 12.1 turns the old {@code check: message} lines into rows: the splitting of one text, and the whole path
 * on an empty H2 and an empty MariaDB database (migrated to V12, old rows written as V6 stored them, then 12.1 and
 * 12.2).
 */
class OverriddenProblemsBackfillTest {

    private static final String MISSING =
            "term.missing: “Security Council” should be translated as “Conseil de sécurité”.";
    private static final String MARIADB = "jdbc:mariadb://" + setting("WORKBENCH_TEST_DB_HOST", "127.0.0.1") + ":"
            + setting("WORKBENCH_TEST_DB_PORT", "3306") + "/";
    private static final String SCRATCH = setting("WORKBENCH_TEST_DB_NAME", "workbench_test") + "_backfill";
    private static final String ADMIN = setting("WORKBENCH_TEST_DB_ADMIN_USER", "root");
    private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("WORKBENCH_TEST_DB_ADMIN_PASSWORD", "");
    private static final String FORBIDDEN = "term.forbidden: Avoid “Conseil”: use “Conseil de sécurité”.";

    @Test
    void eachLineIsAnErrorOfItsCheckWithTheRestAsMessage() {
        assertThat(OverriddenProblemsBackfill.problems(MISSING + "\n" + FORBIDDEN))
                .containsExactly(
                        new Issue(
                                CheckId.term("missing"),
                                Severity.ERROR,
                                "“Security Council” should be translated as “Conseil de sécurité”.",
                                null,
                                null),
                        new Issue(
                                CheckId.term("forbidden"),
                                Severity.ERROR,
                                "Avoid “Conseil”: use “Conseil de sécurité”.",
                                null,
                                null));
    }

    @Test
    void aLineWithoutAReadableCheckIdKeepsTheWholeLineUnderTermUnknown() {
        assertThat(OverriddenProblemsBackfill.problems("no check here\nNot A Check: message\nterm.mis…\n\n"))
                .extracting(Issue::check, Issue::message)
                .containsExactly(
                        tuple(CheckId.term("unknown"), "no check here"),
                        tuple(CheckId.term("unknown"), "Not A Check: message"),
                        tuple(CheckId.term("unknown"), "term.mis…"));
        assertThat(OverriddenProblemsBackfill.problems("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "MariaDB"})
    void theMigrationsTurnOldTextIntoRowsAndDropTheTextColumn(String database) throws SQLException {
        boolean h2 = database.equals("H2");
        var dataSource = h2 ? h2() : scratchMariaDb();
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .target("12")
                    .load()
                    .migrate();
            var jdbc = new JdbcTemplate(dataSource);
            // revisions as V6 stored them; their segments and translations don't matter here
            jdbc.execute(h2 ? "set referential_integrity false" : "set foreign_key_checks = 0");
            String insert = "insert into segment_revision (id, translation_id, revision_no, target_text, status,"
                    + " changed_by, changed_at, override_justification, overridden_problems)"
                    + " values (?, 1, ?, 'x', 'APPROVED', 'rev', current_timestamp, ?, ?)";
            jdbc.update(insert, 1, 1, "The full name is in the previous sentence.", MISSING + "\n" + FORBIDDEN);
            jdbc.update(insert, 2, 2, null, null);
            jdbc.update(insert, 3, 3, "An old override with a cut list.", "term.missing: a\nterm.mis…");
            jdbc.execute(h2 ? "set referential_integrity true" : "set foreign_key_checks = 1");

            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .javaMigrations(new OverriddenProblemsBackfill())
                    .load()
                    .migrate();

            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select revision_id, position, check_id, severity, message, source_start, target_start"
                            + " from approval_override_issue order by revision_id, position");
            assertThat(rows)
                    .extracting(r -> r.get("revision_id") + "/" + r.get("position") + " " + r.get("check_id") + " "
                            + r.get("severity") + " " + r.get("message"))
                    .containsExactly(
                            "1/0 term.missing error “Security Council” should be translated as “Conseil de sécurité”.",
                            "1/1 term.forbidden error Avoid “Conseil”: use “Conseil de sécurité”.",
                            "3/0 term.missing error a",
                            "3/1 term.unknown error term.mis…");
            assertThat(rows)
                    .allSatisfy(r ->
                            assertThat(r).containsEntry("source_start", null).containsEntry("target_start", null));
            assertThat(jdbc.queryForList(
                            "select column_name from information_schema.columns where table_name = 'segment_revision'"
                                    + " and table_schema = " + (h2 ? "'public'" : "database()"),
                            String.class))
                    .contains("override_justification")
                    .doesNotContain("overridden_problems");
        } finally {
            dataSource.destroy();
            if (!h2) {
                asMariaDbAdmin("drop database if exists " + SCRATCH);
            }
        }
    }

    private static SingleConnectionDataSource h2() {
        return new SingleConnectionDataSource(
                "jdbc:h2:mem:override-backfill;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "",
                true);
    }

    /**
     * A database of its own next to the test database, on the server and with the administrator that
     * TestDatabaseInitializer uses, created empty so that the migrations start from nothing (dropped afterwards).
     */
    private static SingleConnectionDataSource scratchMariaDb() throws SQLException {
        asMariaDbAdmin(
                "drop database if exists " + SCRATCH,
                "create database " + SCRATCH + " character set utf8mb4 collate utf8mb4_unicode_ci");
        return new SingleConnectionDataSource(MARIADB + SCRATCH, ADMIN, ADMIN_PASSWORD, true);
    }

    private static void asMariaDbAdmin(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(MARIADB, ADMIN, ADMIN_PASSWORD);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
