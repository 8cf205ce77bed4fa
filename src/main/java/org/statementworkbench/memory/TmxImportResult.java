package org.statementworkbench.memory;

/** What an import did: units added, duplicates skipped, memory units overwritten, and how long it took. */
public record TmxImportResult(int imported, int skippedDuplicates, int overwritten, long millis) {

    public String summary() {
        return imported + " units imported, " + skippedDuplicates + " duplicates skipped, " + overwritten
                + " overwritten";
    }
}
