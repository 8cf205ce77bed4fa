package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration 13 fills in who wrote each translation's current text (four eyes) from the revisions, on an empty H2 and
 * an empty MariaDB database migrated to 12.2 with translations and revisions as they were stored before.
 */
class TextAuthorBackfillTest {

    @ParameterizedTest
    @ValueSource(strings = {"H2", "MariaDB"})
    void theAuthorIsWhoeverLastChangedTheTextNotWhoApprovedIt(String database) throws SQLException {
        try (var db = ScratchDatabase.open(database, "text_by")) {
            db.migrate("12.2");
            JdbcTemplate jdbc = db.jdbc;
            db.foreignKeys(false);
            String translation = "insert into segment_translation (id, segment_id, language, target_text, status,"
                    + " updated_by, updated_at, version) values (?, ?, 'FR', ?, ?, ?, current_timestamp, 0)";
            jdbc.update(translation, 1, 1, "Je vous remercie.", "APPROVED", "reviewer");
            jdbc.update(translation, 2, 2, "Merci.", "REVIEWED", "reviewer");
            jdbc.update(translation, 3, 3, "Monsieur le Président,", "DRAFT", "translator");
            jdbc.update(translation, 4, 4, "Merci.", "APPROVED", "second-reviewer");
            String revision = "insert into segment_revision (id, translation_id, revision_no, target_text, status,"
                    + " changed_by, changed_at) values (?, ?, ?, ?, 'DRAFT', ?, current_timestamp)";
            // translated, then approved unchanged: the translator's text
            jdbc.update(revision, 1, 1, 1, "Je vous remercie.", "translator");
            jdbc.update(revision, 2, 1, 2, "Je vous remercie.", "reviewer");
            // translated, then changed by the reviewer: the reviewer's
            jdbc.update(revision, 3, 2, 1, "Merci beaucoup.", "translator");
            jdbc.update(revision, 4, 2, 2, "Merci.", "reviewer");
            // changed and changed back: whoever brought the current text back
            jdbc.update(revision, 5, 4, 1, "Merci.", "translator");
            jdbc.update(revision, 6, 4, 2, "Je vous remercie.", "editor");
            jdbc.update(revision, 7, 4, 3, "Merci.", "reviewer");
            jdbc.update(revision, 8, 4, 4, "Merci.", "second-reviewer");
            db.foreignKeys(true);

            db.migrate("13");

            assertThat(jdbc.queryForList("select text_by from segment_translation order by id", String.class))
                    .containsExactly("translator", "reviewer", "translator", "reviewer");
        }
    }
}
