package org.statementworkbench.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
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
        super(
                "10.1",
                "word count backfill",
                "select id, source_text from segment",
                "update segment set word_count = ? where id = ?");
    }

    @Override
    protected void backfill(ResultSet row, Batch batch) throws SQLException {
        batch.add(WordCount.of(row.getString(2)), row.getLong(1));
    }
}
