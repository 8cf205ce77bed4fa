package org.statementworkbench.memory;

/**
 * The bands of a memory analysis, as CAT tools report them: in-context (101), exact (100), fuzzy bands, no match,
 * and repetitions (a source seen earlier in the same statement, counted apart whatever the memory holds).
 */
public enum MatchBand {
    IN_CONTEXT("101%", MemoryMatch.IN_CONTEXT),
    EXACT("100%", MemoryMatch.EXACT),
    FUZZY_95("95–99%", 95),
    FUZZY_85("85–94%", 85),
    FUZZY_75("75–84%", 75),
    FUZZY_50("50–74%", 50),
    NO_MATCH("No match", 0),
    REPETITION("Repetitions", -1);

    /** The lowest score a match must have to count at all: below it, a segment has no match. */
    public static final int LOWEST_SCORE = 50;

    private final String label;
    private final int from;

    MatchBand(String label, int from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    /** The band of a best match's score (0: none). */
    public static MatchBand of(int score) {
        for (MatchBand band : values()) {
            if (band != REPETITION && score >= band.from) {
                return band;
            }
        }
        return NO_MATCH;
    }
}
