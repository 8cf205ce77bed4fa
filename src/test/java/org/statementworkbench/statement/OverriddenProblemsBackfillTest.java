package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;

/**
 * Migration 12.1 turns the old {@code check: message} lines into rows: the splitting of one text, and the whole path
 * on an empty H2 and an empty MariaDB database (migrated to V12, old rows written as V6 stored them, then 12.1 and
 * 12.2).
 */
class OverriddenProblemsBackfillTest {

    private static final String MISSING =
            "term.missing: “Security Council” should be translated as “Conseil de sécurité”.";
    private static final String FORBIDDEN = "term.forbidden: Avoid “Conseil”: use “Conseil de sécurité”.";

    @Test
    void eachLineIsAnErrorOfItsCheckWithTheRestAsMessage() {
        assertThat(OverriddenProblemsBackfill.problems(MISSING + "\n" + FORBIDDEN))
                .containsExactly(
                        new Issue(
                                CheckId.term("missing"),
                                Severity.ERROR,
                                "“Security Council” should be translated as “Conseil de sécurité”.",
                                null,
                                null),
                        new Issue(
                                CheckId.term("forbidden"),
                                Severity.ERROR,
                                "Avoid “Conseil”: use “Conseil de sécurité”.",
                                null,
                                null));
    }

    @Test
    void aLineWithoutAReadableCheckIdKeepsTheWholeLineUnderTermUnknown() {
        assertThat(OverriddenProblemsBackfill.problems("no check here\nNot A Check: message\nterm.mis…\n\n"))
                .extracting(Issue::check, Issue::message)
                .containsExactly(
                        tuple(CheckId.term("unknown"), "no check here"),
                        tuple(CheckId.term("unknown"), "Not A Check: message"),
                        tuple(CheckId.term("unknown"), "term.mis…"));
        assertThat(OverriddenProblemsBackfill.problems("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "MariaDB"})
    void theMigrationsTurnOldTextIntoRowsAndDropTheTextColumn(String database) throws SQLException {
        try (var db = ScratchDatabase.open(database, "backfill")) {
            db.migrate("12");
            JdbcTemplate jdbc = db.jdbc;
            // revisions as V6 stored them; their segments and translations don't matter here
            db.foreignKeys(false);
            String insert = "insert into segment_revision (id, translation_id, revision_no, target_text, status,"
                    + " changed_by, changed_at, override_justification, overridden_problems)"
                    + " values (?, 1, ?, 'x', 'APPROVED', 'rev', current_timestamp, ?, ?)";
            jdbc.update(insert, 1, 1, "The full name is in the previous sentence.", MISSING + "\n" + FORBIDDEN);
            jdbc.update(insert, 2, 2, null, null);
            jdbc.update(insert, 3, 3, "An old override with a cut list.", "term.missing: a\nterm.mis…");
            db.foreignKeys(true);

            db.migrate("latest");

            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select revision_id, position, check_id, severity, message, source_start, target_start"
                            + " from approval_override_issue order by revision_id, position");
            assertThat(rows)
                    .extracting(r -> r.get("revision_id") + "/" + r.get("position") + " " + r.get("check_id") + " "
                            + r.get("severity") + " " + r.get("message"))
                    .containsExactly(
                            "1/0 term.missing error “Security Council” should be translated as “Conseil de sécurité”.",
                            "1/1 term.forbidden error Avoid “Conseil”: use “Conseil de sécurité”.",
                            "3/0 term.missing error a",
                            "3/1 term.unknown error term.mis…");
            assertThat(rows)
                    .allSatisfy(r ->
                            assertThat(r).containsEntry("source_start", null).containsEntry("target_start", null));
            assertThat(jdbc.queryForList(
                            "select column_name from information_schema.columns where table_name = 'segment_revision'"
                                    + " and table_schema = " + db.schema(),
                            String.class))
                    .contains("override_justification")
                    .doesNotContain("overridden_problems");
        }
    }
}
