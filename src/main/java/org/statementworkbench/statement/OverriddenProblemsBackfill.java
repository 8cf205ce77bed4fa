package org.statementworkbench.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.database.Backfill;

/**
 * Flyway migration 12.1: turns the overridden problems stored as text before V12 ({@code segment_revision
 * .overridden_problems}, one {@code check: message} per line) into rows of {@code approval_override_issue}, in their
 * order. Each line is cut at its first {@code ": "}; a line without one, or whose part before it is not a check id
 * ({@link CheckId#parse}), keeps the whole line as its message under {@link #UNREADABLE} ({@code term.unknown}: the
 * term gate was the only gate that could be overridden, so every old problem is a terminology one). Every old
 * problem is an {@link Severity#ERROR error} (only errors blocked approval) without spans or subject: the text never
 * had them. V12.2 drops the text column afterwards.
 */
@Component
class OverriddenProblemsBackfill extends Backfill {

    /** The check id of an old problem line whose check can't be read. */
    static final CheckId UNREADABLE = CheckId.term("unknown");

    OverriddenProblemsBackfill() {
        super(
                "12.1",
                "overridden problems as rows",
                "select id, overridden_problems from segment_revision"
                        + " where overridden_problems is not null order by id",
                "insert into approval_override_issue (revision_id, position, check_id, severity, message)"
                        + " values (?, ?, ?, ?, ?)");
    }

    @Override
    protected void backfill(ResultSet row, Batch batch) throws SQLException {
        List<Issue> problems = problems(row.getString(2));
        for (int position = 0; position < problems.size(); position++) {
            Issue problem = problems.get(position);
            batch.add(
                    row.getLong(1),
                    position,
                    problem.check().toString(),
                    problem.severity().label(),
                    OverriddenIssue.clip(problem.message(), OverriddenIssue.MESSAGE_MAX_LENGTH));
        }
    }

    /** The problems of an old {@code overridden_problems} text, one per non-blank line, in order. */
    static List<Issue> problems(String text) {
        List<Issue> problems = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                problems.add(problem(line));
            }
        }
        return problems;
    }

    private static Issue problem(String line) {
        int colon = line.indexOf(": ");
        CheckId check = colon > 0 ? checkOrNull(line.substring(0, colon)) : null;
        return check == null
                ? new Issue(UNREADABLE, Severity.ERROR, line, null, null)
                : new Issue(check, Severity.ERROR, line.substring(colon + 2), null, null);
    }

    private static @Nullable CheckId checkOrNull(String id) {
        if (id.length() > OverriddenIssue.CHECK_MAX_LENGTH) {
            return null;
        }
        try {
            return CheckId.parse(id);
        } catch (IllegalArgumentException notACheckId) {
            return null;
        }
    }
}
