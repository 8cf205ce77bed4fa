package org.statementworkbench.editor;

import java.util.List;
import org.statementworkbench.qa.StatementCheck;

/**
 * The statement-wide checks the QA report runs besides the segment checks ({@code inconsistent.*},
 * {@code cross-target.number}: implementations of {@link StatementCheck} in {@code qa}). The one place they are
 * chosen is the bean in {@link QaRunConfiguration}.
 */
public record StatementWideChecks(List<StatementCheck> checks) {

    public StatementWideChecks {
        checks = List.copyOf(checks);
    }
}
