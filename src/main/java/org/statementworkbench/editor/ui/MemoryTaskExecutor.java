package org.statementworkbench.editor.ui;

import org.springframework.stereotype.Component;
import org.statementworkbench.base.BoundedExecutor;

/**
 * The threads that run the editor's memory work off the request threads: concordance searches, analyses and
 * pre-translations. Two, with at most 50 tasks waiting (beyond that the person is told the server is busy).
 */
@Component
class MemoryTaskExecutor extends BoundedExecutor {

    MemoryTaskExecutor() {
        super("memory-task-", 2, 50);
    }
}
