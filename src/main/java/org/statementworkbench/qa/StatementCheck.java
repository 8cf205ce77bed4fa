package org.statementworkbench.qa;

import java.util.List;

/**
 * A built-in check that needs the whole statement at once: every segment with its source and its translations into
 * every target language ({@code inconsistent.target}, {@code inconsistent.source}, {@code cross-target.number}). Like
 * {@link SegmentCheck}, it keeps no state between calls and is safe to call from several threads.
 */
public interface StatementCheck {

    /** The family of the check ids this check reports, e.g. {@code inconsistent}. */
    String family();

    /** The issues of the statement, in segment order, then target language order. */
    List<StatementIssue> check(StatementText statement);
}
