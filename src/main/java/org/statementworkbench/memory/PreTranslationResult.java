package org.statementworkbench.memory;

import java.util.List;
import org.statementworkbench.base.UnLanguage;

/**
 * What a pre-translation did, per target language: targets filled from the memory, targets skipped because they
 * already had text, empty targets without a match at or above the threshold, and targets someone saved meanwhile
 * (left as they were). {@code cancelled}: stopped before the end.
 */
public record PreTranslationResult(int threshold, List<LanguageResult> languages, boolean cancelled) {

    public PreTranslationResult {
        languages = List.copyOf(languages);
    }

    public record LanguageResult(
            UnLanguage language, int filled, int alreadyTranslated, int noMatch, int changedMeanwhile) {

        /** Targets left as they were. */
        public int skipped() {
            return alreadyTranslated + noMatch + changedMeanwhile;
        }
    }

    public int filled() {
        return languages.stream().mapToInt(LanguageResult::filled).sum();
    }

    public int skipped() {
        return languages.stream().mapToInt(LanguageResult::skipped).sum();
    }
}
