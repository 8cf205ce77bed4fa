package org.statementworkbench.statement;

import org.statementworkbench.base.UnLanguage;

/** Progress of one target language in segments and in source words. */
public record LanguageWork(UnLanguage language, int segments, int segmentsDone, int words, int wordsDone) {

    public double segmentRatio() {
        return segments == 0 ? 0 : (double) segmentsDone / segments;
    }

    public double wordRatio() {
        return words == 0 ? 0 : (double) wordsDone / words;
    }
}
