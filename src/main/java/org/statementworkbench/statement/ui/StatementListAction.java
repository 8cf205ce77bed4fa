package org.statementworkbench.statement.ui;

import org.statementworkbench.statement.StatementSummary;

/**
 * A task another module offers on each statement of the statement list, as CAT tools offer batch tasks on a file
 * without opening it (the memory's analysis and pre-translation): a Spring bean, shown as a button in the statement's
 * row. {@link #offeredTo} only decides whether the button is shown; the services the task calls check the rights.
 */
public interface StatementListAction {

    /** The button's words, such as "Memory analysis…". */
    String label();

    /** Whether the signed-in person is offered the task on this statement (a hint: the services decide). */
    boolean offeredTo(StatementSummary statement);

    /** Opens the task for the statement; {@code changed} reloads the list (when the task changed translations). */
    void open(StatementSummary statement, Runnable changed);
}
