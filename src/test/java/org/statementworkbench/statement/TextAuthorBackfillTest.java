package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migration 13 fills in who wrote each translation's current text (four eyes) from the revisions, on an empty H2 and
 * an empty MariaDB database migrated to 12.2 with translations and revisions as they were stored before.
 */
class TextAuthorBackfillTest {

    private static final String MARIADB = "jdbc:mariadb://" + setting("WORKBENCH_TEST_DB_HOST", "127.0.0.1") + ":"
            + setting("WORKBENCH_TEST_DB_PORT", "3306") + "/";
    private static final String SCRATCH = setting("WORKBENCH_TEST_DB_NAME", "workbench_test") + "_text_by";
    private static final String ADMIN = setting("WORKBENCH_TEST_DB_ADMIN_USER", "root");
    private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("WORKBENCH_TEST_DB_ADMIN_PASSWORD", "");

    @ParameterizedTest
    @ValueSource(strings = {"H2", "MariaDB"})
    void theAuthorIsWhoeverLastChangedTheTextNotWhoApprovedIt(String database) throws SQLException {
        boolean h2 = database.equals("H2");
        var dataSource = h2 ? h2() : scratchMariaDb();
        try {
            migrate(dataSource, "12.2");
            var jdbc = new JdbcTemplate(dataSource);
            jdbc.execute(h2 ? "set referential_integrity false" : "set foreign_key_checks = 0");
            String translation = "insert into segment_translation (id, segment_id, language, target_text, status,"
                    + " updated_by, updated_at, version) values (?, ?, 'FR', ?, ?, ?, current_timestamp, 0)";
            jdbc.update(translation, 1, 1, "Je vous remercie.", "APPROVED", "reviewer");
            jdbc.update(translation, 2, 2, "Merci.", "REVIEWED", "reviewer");
            jdbc.update(translation, 3, 3, "Monsieur le Président,", "DRAFT", "translator");
            jdbc.update(translation, 4, 4, "Merci.", "APPROVED", "second-reviewer");
            String revision = "insert into segment_revision (id, translation_id, revision_no, target_text, status,"
                    + " changed_by, changed_at) values (?, ?, ?, ?, 'DRAFT', ?, current_timestamp)";
            // translated, then approved unchanged: the translator's text
            jdbc.update(revision, 1, 1, 1, "Je vous remercie.", "translator");
            jdbc.update(revision, 2, 1, 2, "Je vous remercie.", "reviewer");
            // translated, then changed by the reviewer: the reviewer's
            jdbc.update(revision, 3, 2, 1, "Merci beaucoup.", "translator");
            jdbc.update(revision, 4, 2, 2, "Merci.", "reviewer");
            // changed and changed back: whoever brought the current text back
            jdbc.update(revision, 5, 4, 1, "Merci.", "translator");
            jdbc.update(revision, 6, 4, 2, "Je vous remercie.", "editor");
            jdbc.update(revision, 7, 4, 3, "Merci.", "reviewer");
            jdbc.update(revision, 8, 4, 4, "Merci.", "second-reviewer");
            jdbc.execute(h2 ? "set referential_integrity true" : "set foreign_key_checks = 1");

            migrate(dataSource, "13");

            assertThat(jdbc.queryForList("select text_by from segment_translation order by id", String.class))
                    .containsExactly("translator", "reviewer", "translator", "reviewer");
        } finally {
            dataSource.destroy();
            if (!h2) {
                asMariaDbAdmin("drop database if exists " + SCRATCH);
            }
        }
    }

    private static void migrate(SingleConnectionDataSource dataSource, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new OverriddenProblemsBackfill())
                .target(target)
                .load()
                .migrate();
    }

    private static SingleConnectionDataSource h2() {
        return new SingleConnectionDataSource(
                "jdbc:h2:mem:text-by-backfill;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "",
                true);
    }

    /** An empty database of its own beside the test database (dropped afterwards). */
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
