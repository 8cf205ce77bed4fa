package org.statementworkbench.editor.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.BoundedExecutor;

/**
 * The threads that look the open segment up in the translation memory for the editor's matches panel (milliseconds
 * each, but a database and index read: no work for a request thread): two, with at most 100 lookups waiting. It
 * also carries whether the editor fills an empty target from a 100 % or 101 % match on opening
 * ({@code workbench.memory.fill-exact-matches}, on by default, as CAT tools apply exact matches).
 */
@Component
class MemoryLookupExecutor extends BoundedExecutor {

    private final boolean fillExactMatches;

    MemoryLookupExecutor(@Value("${workbench.memory.fill-exact-matches:true}") boolean fillExactMatches) {
        super("memory-lookup-", 2, 100);
        this.fillExactMatches = fillExactMatches;
    }

    boolean fillsExactMatches() {
        return fillExactMatches;
    }
}
