package org.statementworkbench.memory;

/**
 * Told how far a long memory task (an analysis, a pre-translation) has come, after each segment of each language;
 * answering {@code false} stops it there.
 */
@FunctionalInterface
public interface MemoryProgress {

    /** A task nobody watches. */
    MemoryProgress NONE = (done, total) -> true;

    boolean report(int done, int total);
}
