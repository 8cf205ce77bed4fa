package org.statementworkbench.statement;

import java.util.Map;
import org.statementworkbench.base.UnLanguage;

/** A source segment with its translations into every target language that has one. */
public record MultiLanguageRow(
        long segmentId, int number, int paragraph, String source, Map<UnLanguage, TranslationState> targets) {

    public MultiLanguageRow {
        targets = Map.copyOf(targets);
    }

    public TranslationState target(UnLanguage language) {
        return targets.getOrDefault(language, TranslationState.unsaved());
    }
}
