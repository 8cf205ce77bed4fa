package org.statementworkbench.memory;

import org.springframework.stereotype.Component;
import org.statementworkbench.base.BoundedExecutor;

/**
 * The memory's one writer thread: it records approved segments as units and brings the index up to date, in the
 * order they come, so that no two writes of one unit race. The queue holds a burst of approvals (a statement
 * approved at once); syncs are folded.
 */
@Component
class MemoryExecutor extends BoundedExecutor {

    MemoryExecutor() {
        super("memory-", 1, 10_000);
    }
}
