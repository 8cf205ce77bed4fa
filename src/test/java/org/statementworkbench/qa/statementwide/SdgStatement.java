package org.statementworkbench.qa.statementwide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.qa.MultilingualSegment;
import org.statementworkbench.qa.StatementText;

/**
 * The SDG goals, targets and indicators ({@link SdgCorpus}, src/test/resources/sdg) as one statement: one segment
 * per key (goal {@code 16-title}, target {@code 16-3-title}, indicator {@code 16-3-1-title}) in file order, written
 * in one of the six languages and translated into the other five (blank texts left out).
 */
final class SdgStatement {

    private static final SdgCorpus CORPUS = SdgCorpus.load(SdgCorpus.defaultLocation());

    private SdgStatement() {}

    /** The statement with {@code source} as its source language, of the keys that pass the filter. */
    static StatementText of(UnLanguage source, Predicate<String> keys) {
        List<MultilingualSegment> segments = new ArrayList<>();
        CORPUS.sentences().forEach((key, byLanguage) -> {
            String text = byLanguage.getOrDefault(source.code(), "");
            if (!keys.test(key) || text.isBlank()) {
                return;
            }
            Map<UnLanguage, String> targets = new EnumMap<>(UnLanguage.class);
            byLanguage.forEach((code, translation) -> {
                UnLanguage language = UnLanguage.ofCode(code);
                if (language != source && !translation.isBlank()) {
                    targets.put(language, translation);
                }
            });
            segments.add(new MultilingualSegment(key, text, targets));
        });
        return new StatementText(source, segments);
    }

    /** The goal a key belongs to: the number before its first dash. */
    static int goal(String key) {
        return Integer.parseInt(key.substring(0, key.indexOf('-')));
    }
}
