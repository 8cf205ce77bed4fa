package org.statementworkbench.memory;

import java.util.List;
import org.statementworkbench.base.UnLanguage;

/** A named memory as the admin view lists it: its priority (1 is consulted first), units and languages. */
public record MemorySummary(long id, String name, int priority, long units, List<UnLanguage> languages) {

    public MemorySummary {
        languages = List.copyOf(languages);
    }

    /** Whether approved segments go to this memory (it cannot be deleted). */
    public boolean approvedStatements() {
        return TranslationMemory.APPROVED_STATEMENTS.equals(name);
    }
}
