package org.statementworkbench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test context at a real database. By default: MariaDB, in a database and user of the
 * project's own ({@code workbench_test}), created fresh once per test run so that the migrations run from
 * scratch. A context with {@code workbench.test.database=h2} gets its own in-memory H2 in MariaDB mode, with
 * the demo data, as the embedded default has.
 *
 * <p>MariaDB is never optional: when it can't be reached, every test context fails with a message that says
 * how to start it. Connection settings: WORKBENCH_TEST_DB_HOST (127.0.0.1), WORKBENCH_TEST_DB_PORT (3306),
 * WORKBENCH_TEST_DB_ADMIN_USER (root), WORKBENCH_TEST_DB_ADMIN_PASSWORD (empty), WORKBENCH_TEST_DB_NAME
 * (workbench_test; also the user's name).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** WORKBENCH_TEST_DB_NAME lets parallel checkouts on one machine keep their test databases apart. */
    static final String DATABASE = setting("WORKBENCH_TEST_DB_NAME", "workbench_test");

    static final String USER = DATABASE;
    static final String PASSWORD = "workbench-test-pw";

    private static final AtomicBoolean mariaDbPrepared = new AtomicBoolean();
    private static final AtomicInteger h2Counter = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        Map<String, Object> props = new HashMap<>();
        if ("h2".equals(env.getProperty("workbench.test.database"))) {
            props.put(
                    "spring.datasource.url",
                    "jdbc:h2:mem:workbench-" + h2Counter.incrementAndGet()
                            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
            props.put("workbench.demo-data", "true");
        } else {
            String host = setting("WORKBENCH_TEST_DB_HOST", "127.0.0.1");
            String port = setting("WORKBENCH_TEST_DB_PORT", "3306");
            prepareMariaDb(host, port);
            props.put("spring.datasource.url", "jdbc:mariadb://" + host + ":" + port + "/" + DATABASE);
            props.put("spring.datasource.username", USER);
            props.put("spring.datasource.password", PASSWORD);
            props.put("workbench.demo-data", "false");
        }
        env.getPropertySources().addFirst(new MapPropertySource("workbench-test-database", props));
    }

    private static void prepareMariaDb(String host, String port) {
        if (mariaDbPrepared.get()) {
            return;
        }
        synchronized (mariaDbPrepared) {
            if (mariaDbPrepared.get()) {
                return;
            }
            String adminUser = setting("WORKBENCH_TEST_DB_ADMIN_USER", "root");
            String adminPassword = setting("WORKBENCH_TEST_DB_ADMIN_PASSWORD", "");
            String url = "jdbc:mariadb://" + host + ":" + port + "/";
            try (Connection c = DriverManager.getConnection(url, adminUser, adminPassword);
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + DATABASE);
                s.execute("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
                for (String userHost : new String[] {"%", "localhost", "127.0.0.1"}) {
                    s.execute("create user if not exists '" + USER + "'@'" + userHost + "' identified by '" + PASSWORD
                            + "'");
                    s.execute("alter user '" + USER + "'@'" + userHost + "' identified by '" + PASSWORD + "'");
                    s.execute("grant all privileges on " + DATABASE + ".* to '" + USER + "'@'" + userHost + "'");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "The tests need a running MariaDB server, and none could be used at "
                                + host + ":" + port + " as '" + adminUser + "': " + e.getMessage()
                                + ". Start it (bash .ci/run does: start-stop-daemon --start --oknodo --background --exec "
                                + "/usr/sbin/mariadbd) or point WORKBENCH_TEST_DB_HOST/PORT/ADMIN_USER/ADMIN_PASSWORD at one.",
                        e);
            }
            mariaDbPrepared.set(true);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() && !name.endsWith("PASSWORD") ? fallback : value;
    }
}
