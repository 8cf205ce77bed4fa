package org.statementworkbench.base.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Refuses to start on a MariaDB/MySQL database whose default character set, or any of whose tables, is not
 * utf8mb4: in latin1 the workbench silently loses Arabic, Chinese and Russian text (the shipped glossary then
 * loaded no concept at all). Checked in information_schema before the migrations run, so no new table is created
 * in the wrong character set; other databases (the embedded H2) store Unicode anyway and are not checked.
 */
final class DatabaseCharsetCheck {

    private DatabaseCharsetCheck() {}

    static void requireUtf8mb4(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mariadb") && !product.contains("mysql")) {
                return;
            }
            String database = c.getCatalog();
            List<String> problems = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "select default_character_set_name from information_schema.schemata where schema_name = ?")) {
                q.setString(1, database);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && !isUtf8mb4(rs.getString(1))) {
                        problems.add("the database's default character set is " + rs.getString(1));
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("select table_name, table_collation from "
                    + "information_schema.tables where table_schema = ? and table_type = 'BASE TABLE' "
                    + "and table_collation not like 'utf8mb4%' order by table_name")) {
                q.setString(1, database);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        problems.add("table " + rs.getString(1) + " is " + rs.getString(2));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException(message(database, problems));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the database's character set: " + e.getMessage(), e);
        }
    }

    private static boolean isUtf8mb4(String charset) {
        return charset != null && charset.toLowerCase(Locale.ROOT).startsWith("utf8mb4");
    }

    private static String message(String database, List<String> problems) {
        String shown = problems.size() > 8
                ? String.join("; ", problems.subList(0, 8)) + "; and " + (problems.size() - 8) + " more"
                : String.join("; ", problems);
        return "The MariaDB database '" + database + "' is not in utf8mb4 (" + shown + "). The workbench stores "
                + "Arabic, Chinese and Russian text, which needs utf8mb4; it has not started and changed nothing. "
                + "Use a database created with CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE "
                + "utf8mb4_unicode_ci, or convert this one (after a backup): ALTER DATABASE `" + database
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; and for each table ALTER TABLE <table> "
                + "CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;";
    }
}
