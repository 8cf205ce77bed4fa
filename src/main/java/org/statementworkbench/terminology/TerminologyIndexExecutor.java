package org.statementworkbench.terminology;

import org.springframework.stereotype.Component;
import org.statementworkbench.base.BoundedExecutor;

/**
 * The thread that rebuilds the {@link TerminologyIndex}'s matchers: one, with a short queue (rebuilds are folded,
 * so at most one waits).
 */
@Component
class TerminologyIndexExecutor extends BoundedExecutor {

    TerminologyIndexExecutor() {
        super("terminology-index-", 1, 4);
    }
}
