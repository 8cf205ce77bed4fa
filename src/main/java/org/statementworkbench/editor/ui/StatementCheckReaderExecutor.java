package org.statementworkbench.editor.ui;

import org.springframework.stereotype.Component;
import org.statementworkbench.base.BoundedExecutor;

/**
 * The threads that read a statement's segments for the statement check dialog (thousands of segments are no work
 * for a request thread): two, with at most 100 readings waiting.
 */
@Component
class StatementCheckReaderExecutor extends BoundedExecutor {

    StatementCheckReaderExecutor() {
        super("statement-check-reader-", 2, 100);
    }
}
