package org.statementworkbench.memory;

/** What an import did: units added, duplicates skipped, memory units overwritten, and how long it took. */
public record TmxImportResult(int imported, int skippedDuplicates, int overwritten, long millis) {

    /** "1,000,000 units imported, 0 duplicates skipped, 0 overwritten". */
    public String summary() {
        return String.format(
                java.util.Locale.ENGLISH,
                "%,d units imported, %,d duplicates skipped, %,d overwritten",
                imported,
                skippedDuplicates,
                overwritten);
    }
}
