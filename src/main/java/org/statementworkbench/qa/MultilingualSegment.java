package org.statementworkbench.qa;

import java.util.Map;
import org.statementworkbench.base.UnLanguage;

/**
 * One segment of a statement: a key that names it in reports and the editor (its number, or a unit id in files), its
 * source text, and its translations by target language (a language without a translation is absent; empty texts
 * count as untranslated).
 */
public record MultilingualSegment(String key, String source, Map<UnLanguage, String> targets) {

    public MultilingualSegment {
        targets = Map.copyOf(targets);
    }
}
