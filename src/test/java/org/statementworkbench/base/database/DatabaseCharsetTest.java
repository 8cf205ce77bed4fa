package org.statementworkbench.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;
import org.statementworkbench.Application;

/**
 * The whole workbench started on MariaDB databases of its own: one created in latin1 (as on a server whose default
 * character set is latin1) must refuse to start and stay untouched; one created by the workbench through the
 * launcher's createDatabaseIfNotExist URL, on a connection whose server default is latin1, must come out utf8mb4.
 */
class DatabaseCharsetTest {

    static final String BASE = System.getenv().getOrDefault("WORKBENCH_TEST_DB_NAME", "workbench_test");
    static final String HOST = System.getenv().getOrDefault("WORKBENCH_TEST_DB_HOST", "127.0.0.1");
    static final String PORT = System.getenv().getOrDefault("WORKBENCH_TEST_DB_PORT", "3306");
    static final String ADMIN = System.getenv().getOrDefault("WORKBENCH_TEST_DB_ADMIN_USER", "root");
    static final String ADMIN_PASSWORD = System.getenv().getOrDefault("WORKBENCH_TEST_DB_ADMIN_PASSWORD", "");
    static final String LATIN1 = BASE + "_latin1";
    static final String CREATED = BASE + "_created";
    static final String SERVER_DEFAULT_LATIN1 =
            "sessionVariables=character_set_server=latin1,collation_server=latin1_swedish_ci";

    private ConfigurableApplicationContext started;

    @AfterEach
    void stopAndDrop() throws SQLException {
        if (started != null) {
            started.close();
        }
        sql("drop database if exists " + LATIN1);
        sql("drop database if exists " + CREATED);
    }

    private static String serverUrl() {
        return "jdbc:mariadb://" + HOST + ":" + PORT + "/";
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(), ADMIN, ADMIN_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(), ADMIN, ADMIN_PASSWORD);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Put after the suite's TestDatabaseInitializer, so this test's database wins. */
    record Database(String url) implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> props = new HashMap<>();
            props.put("spring.datasource.url", url);
            props.put("spring.datasource.username", ADMIN);
            props.put("spring.datasource.password", ADMIN_PASSWORD);
            props.put("workbench.demo-data", "false");
            props.put("workbench.glossary.load-shipped", "false");
            props.put("server.port", "0");
            props.put("spring.jmx.enabled", "false");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("charset-test", props));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private ConfigurableApplicationContext start(String url) {
        started = new SpringApplicationBuilder(Application.class)
                .initializers(new Database(url))
                .run();
        return started;
    }

    @Test
    void aLatin1DatabaseStopsTheStartWithAMessageAndIsLeftUntouched() throws SQLException {
        sql("drop database if exists " + LATIN1);
        sql("create database " + LATIN1 + " character set latin1 collate latin1_swedish_ci");

        assertThatThrownBy(() -> start(serverUrl() + LATIN1))
                .rootCause()
                .hasMessageContaining("is not in utf8mb4")
                .hasMessageContaining("default character set is latin1")
                .hasMessageContaining("ALTER DATABASE `" + LATIN1 + "` CHARACTER SET utf8mb4");
        assertThat(query("select count(*) from information_schema.tables where table_schema = '" + LATIN1 + "'"))
                .as("no table created in latin1")
                .isEqualTo("0");
    }

    @Test
    void theDatabaseTheWorkbenchCreatesIsUtf8mb4EvenWhereTheServerDefaultIsLatin1() throws SQLException {
        sql("drop database if exists " + CREATED);

        start(serverUrl() + CREATED + "?createDatabaseIfNotExist=true&" + SERVER_DEFAULT_LATIN1);

        assertThat(query("select default_character_set_name from information_schema.schemata where schema_name = '"
                        + CREATED + "'"))
                .isEqualTo("utf8mb4");
        assertThat(query("select table_collation from information_schema.tables where table_schema = '" + CREATED
                        + "' and table_name = 'app_user'"))
                .startsWith("utf8mb4");
    }
}
