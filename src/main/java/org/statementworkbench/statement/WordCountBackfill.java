package org.statementworkbench.statement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 10.1: fills {@code segment.word_count} (added by V10) for the segments stored before it, with
 * {@link WordCount}. A Java migration because SQL, on MariaDB and H2 alike, can't count words as WordCount does
 * (every Han ideograph a word, apostrophes and hyphens inside words, markers left out), and the workbench keeps
 * one word counter. Runs once, in Flyway's transaction, before Hibernate starts; Spring Boot hands every
 * {@link JavaMigration} bean to Flyway.
 */
@Component
class WordCountBackfill implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10.1");
    }

    @Override
    public String getDescription() {
        return "word count backfill";
    }

    @Override
    public Integer getChecksum() {
        return 1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select id, source_text from segment");
                PreparedStatement write =
                        connection.prepareStatement("update segment set word_count = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setInt(1, WordCount.of(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
