package org.statementworkbench.glossary;

import org.springframework.stereotype.Component;
import org.statementworkbench.base.BoundedExecutor;

/**
 * The thread that loads the {@link GlossarySnapshot}: one, with a short queue (loads are folded, so at most one
 * waits).
 */
@Component
class GlossarySnapshotExecutor extends BoundedExecutor {

    GlossarySnapshotExecutor() {
        super("glossary-snapshot-", 1, 4);
    }
}
