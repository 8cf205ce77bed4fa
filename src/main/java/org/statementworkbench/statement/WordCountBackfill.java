package org.statementworkbench.statement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.database.Backfill;

/**
 * Flyway migration 10.1: fills {@code segment.word_count} (added by V10) for the segments stored before it, with
 * {@link WordCount}. A Java migration because SQL, on MariaDB and H2 alike, can't count words as WordCount does
 * (every Han ideograph a word, apostrophes and hyphens inside words, markers left out), and the workbench keeps
 * one word counter.
 */
@Component
class WordCountBackfill extends Backfill {

    WordCountBackfill() {
        super("10.1", "word count backfill");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select id, source_text from segment");
                PreparedStatement write =
                        connection.prepareStatement("update segment set word_count = ? where id = ?")) {
            var batch = new Batch(write);
            while (rows.next()) {
                write.setInt(1, WordCount.of(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                batch.add();
            }
            batch.flush();
        }
    }
}
