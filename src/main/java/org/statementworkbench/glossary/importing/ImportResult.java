package org.statementworkbench.glossary.importing;

/** What a committed import did. */
public record ImportResult(int created, int merged, int replaced, int skipped, int unchanged, long revision) {

    public String summary() {
        return created + " created, " + merged + " merged, " + replaced + " replaced, " + skipped + " skipped, "
                + unchanged + " unchanged";
    }
}
