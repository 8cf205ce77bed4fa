package org.statementworkbench.base.database;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java because SQL can't do its work on MariaDB and H2 alike (a back-fill that needs
 * our code). It runs once, in Flyway's transaction, before Hibernate starts; declared as a Spring bean, Spring Boot
 * hands it to Flyway. Subclasses give the version and description and write their rows through a {@link Batch}.
 */
public abstract class Backfill implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected Backfill(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return 1;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    /** Rows added to a prepared statement and sent 500 at a time; {@link #flush()} sends the rest. */
    protected static final class Batch {

        private static final int SIZE = 500;

        private final PreparedStatement write;
        private int pending;

        public Batch(PreparedStatement write) {
            this.write = write;
        }

        /** Adds the row whose parameters are set on the statement. */
        public void add() throws SQLException {
            write.addBatch();
            if (++pending == SIZE) {
                flush();
            }
        }

        public void flush() throws SQLException {
            if (pending > 0) {
                write.executeBatch();
                pending = 0;
            }
        }
    }
}
