package org.statementworkbench.editor.ui;

import org.springframework.stereotype.Component;
import org.statementworkbench.base.BoundedExecutor;

/**
 * The threads that look the open segment up in the translation memory for the editor's matches panel (milliseconds
 * each, but a database and index read: no work for a request thread): two, with at most 100 lookups waiting.
 */
@Component
class MemoryLookupExecutor extends BoundedExecutor {

    MemoryLookupExecutor() {
        super("memory-lookup-", 2, 100);
    }
}
