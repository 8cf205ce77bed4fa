package org.statementworkbench.base.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java because SQL can't do its work on MariaDB and H2 alike (a back-fill that needs
 * our code). It runs once, in Flyway's transaction, before Hibernate starts; declared as a Spring bean, Spring Boot
 * hands it to Flyway. Subclasses give the version, the description, the query that reads the rows to fill from and
 * the statement that writes; {@link #backfill} turns each row read into the rows written, through a {@link Batch}.
 */
public abstract class Backfill implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final String read;
    private final String write;

    /**
     * @param read the query whose rows are handed to {@link #backfill}
     * @param write the insert or update whose parameters {@link Batch#add} sets
     */
    protected Backfill(String version, String description, String read, String write) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.read = read;
        this.write = write;
    }

    /** Adds the rows that fill in for one row read (none, one or more). */
    protected abstract void backfill(ResultSet row, Batch batch) throws SQLException;

    @Override
    public final void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery(read);
                PreparedStatement statement = connection.prepareStatement(write)) {
            var batch = new Batch(statement);
            while (rows.next()) {
                backfill(rows, batch);
            }
            batch.flush();
        }
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

    /** Rows written through a prepared statement and sent 500 at a time. */
    protected static final class Batch {

        private static final int SIZE = 500;

        private final PreparedStatement write;
        private int pending;

        private Batch(PreparedStatement write) {
            this.write = write;
        }

        /** Adds a row: the statement's parameters, in order. */
        public void add(Object... parameters) throws SQLException {
            for (int i = 0; i < parameters.length; i++) {
                write.setObject(i + 1, parameters[i]);
            }
            write.addBatch();
            if (++pending == SIZE) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                write.executeBatch();
                pending = 0;
            }
        }
    }
}
