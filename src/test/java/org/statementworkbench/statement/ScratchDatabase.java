package org.statementworkbench.statement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An empty database for the tests of one migration, on H2 or MariaDB: migrated up to a version, given old rows
 * with the foreign keys off, migrated on, then read. The MariaDB one is a database of its own next to the test
 * database ({@code <test database>_<suffix>}), on the server and with the administrator that TestDatabaseInitializer
 * uses, created empty so that the migrations start from nothing and dropped on {@link #close()}.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final String MARIADB = "jdbc:mariadb://" + setting("WORKBENCH_TEST_DB_HOST", "127.0.0.1") + ":"
            + setting("WORKBENCH_TEST_DB_PORT", "3306") + "/";
    private static final String ADMIN = setting("WORKBENCH_TEST_DB_ADMIN_USER", "root");
    private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("WORKBENCH_TEST_DB_ADMIN_PASSWORD", "");

    final boolean h2;
    final JdbcTemplate jdbc;
    private final SingleConnectionDataSource dataSource;
    private final String name;

    private ScratchDatabase(boolean h2, SingleConnectionDataSource dataSource, String name) {
        this.h2 = h2;
        this.dataSource = dataSource;
        this.name = name;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** An empty database: {@code "H2"} (in memory) or {@code "MariaDB"}; {@code suffix} names it. */
    static ScratchDatabase open(String database, String suffix) throws SQLException {
        String name = setting("WORKBENCH_TEST_DB_NAME", "workbench_test") + "_" + suffix;
        if (database.equals("H2")) {
            return new ScratchDatabase(
                    true,
                    new SingleConnectionDataSource(
                            "jdbc:h2:mem:" + suffix + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                            "sa",
                            "",
                            true),
                    name);
        }
        asMariaDbAdmin(
                "drop database if exists " + name,
                "create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        return new ScratchDatabase(
                false, new SingleConnectionDataSource(MARIADB + name, ADMIN, ADMIN_PASSWORD, true), name);
    }

    /** Migrates with the project's migrations (and the Java ones the tests give) up to {@code target}, or all. */
    void migrate(String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new OverriddenProblemsBackfill())
                .target(target)
                .load()
                .migrate();
    }

    /** Switches foreign key checks off ({@code false}), to write old rows whose parents don't matter, or back on. */
    void foreignKeys(boolean on) {
        jdbc.execute(h2 ? "set referential_integrity " + on : "set foreign_key_checks = " + (on ? 1 : 0));
    }

    /** The schema the tables are in, as {@code information_schema} names it. */
    String schema() {
        return h2 ? "'public'" : "database()";
    }

    @Override
    public void close() throws SQLException {
        dataSource.destroy();
        if (!h2) {
            asMariaDbAdmin("drop database if exists " + name);
        }
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
