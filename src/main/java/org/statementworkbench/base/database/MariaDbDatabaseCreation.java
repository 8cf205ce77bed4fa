package org.statementworkbench.base.database;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Honours {@code createDatabaseIfNotExist=true} in a MariaDB URL (what {@code ./workbench start --db mariadb} uses)
 * by creating the database with {@code CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci} before the connection
 * pool opens. The driver's own creation takes the server's default character set, which on many servers is latin1:
 * the workbench then stored no Arabic, Chinese or Russian text. Runs when the DataSource bean is made, before
 * anything connects.
 */
class MariaDbDatabaseCreation implements BeanPostProcessor {

    static final String CHARSET = "utf8mb4";
    static final String COLLATION = "utf8mb4_unicode_ci";
    private static final String CREATE_OPTION = "createDatabaseIfNotExist";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_$-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(MariaDbDatabaseCreation.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            createIfMissing(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return bean;
    }

    /** Creates the database of {@code url} in utf8mb4 when the URL asks for creation and it does not exist. */
    static void createIfMissing(String url, String user, String password) {
        Optional<ServerAndDatabase> target = parse(url);
        if (target.isEmpty()) {
            return;
        }
        String database = target.get().database();
        try (Connection c = DriverManager.getConnection(target.get().serverUrl(), user, password);
                Statement s = c.createStatement()) {
            s.execute("create database if not exists `" + database + "` character set " + CHARSET + " collate "
                    + COLLATION);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create the MariaDB database '" + database + "' in " + CHARSET
                            + ": " + e.getMessage() + ". Create it by hand: CREATE DATABASE `" + database
                            + "` CHARACTER SET "
                            + CHARSET + " COLLATE " + COLLATION + ";",
                    e);
        }
        log.info("MariaDB database '{}' is there ({} if it was created now)", database, CHARSET);
    }

    record ServerAndDatabase(String serverUrl, String database) {}

    /** The server URL (no database, without the creation option) and the database name, for a creating URL. */
    static Optional<ServerAndDatabase> parse(String url) {
        if (!(url.startsWith("jdbc:mariadb://") || url.startsWith("jdbc:mysql://"))) {
            return Optional.empty();
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        boolean creates = Arrays.stream(query.split("&")).anyMatch(p -> p.equalsIgnoreCase(CREATE_OPTION + "=true"));
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!creates || !DATABASE_NAME.matcher(database).matches()) {
            return Optional.empty();
        }
        String otherOptions = Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty()
                        && !p.toLowerCase(java.util.Locale.ROOT)
                                .startsWith(CREATE_OPTION.toLowerCase(java.util.Locale.ROOT) + "="))
                .collect(Collectors.joining("&"));
        String server = "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/"
                + (otherOptions.isEmpty() ? "" : "?" + otherOptions);
        return Optional.of(new ServerAndDatabase(server, database));
    }
}
