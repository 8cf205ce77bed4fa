package org.statementworkbench.memory;

/**
 * What an import does with a unit whose texts the memory already has (same texts in the same languages), or that the
 * file has twice, as CAT tools offer it.
 */
public enum DuplicateChoice {
    /** Leaves the memory's unit, imports the file's first occurrence only. */
    SKIP("Skip duplicates"),
    /** Imports every unit, duplicates too. */
    KEEP_BOTH("Keep both"),
    /** Replaces the memory's unit (its authors, dates, symbol) by the file's last occurrence. */
    OVERWRITE("Overwrite");

    private final String label;

    DuplicateChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
