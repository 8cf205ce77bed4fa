package org.statementworkbench.qa.number;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * The SDG goals, targets and indicators in the six languages ({@link SdgCorpus}, src/test/resources/sdg), aligned by
 * key: {@code key -> language -> text}, keys in file order, blank texts left out. Keys tell the files apart: a goal
 * has two parts ({@code 16-title}), a target three ({@code 16-3-title}), an indicator four ({@code 16-3-1-title}).
 */
record SdgTexts(Map<String, Map<UnLanguage, String>> texts) {

    static SdgTexts load() {
        Map<String, Map<UnLanguage, String>> texts = new LinkedHashMap<>();
        SdgCorpus.load(SdgCorpus.defaultLocation())
                .sentences()
                .forEach((key, byLanguage) -> byLanguage.forEach((language, text) -> {
                    if (!text.isBlank()) {
                        texts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(UnLanguage.ofCode(language), text);
                    }
                }));
        return new SdgTexts(texts);
    }

    /** Whether the key is an indicator's. */
    static boolean indicator(String key) {
        return key.split("-").length == 4;
    }

    /** The texts whose keys pass the filter. */
    SdgTexts only(Predicate<String> keys) {
        Map<String, Map<UnLanguage, String>> some = new LinkedHashMap<>();
        texts.forEach((key, value) -> {
            if (keys.test(key)) {
                some.put(key, value);
            }
        });
        return new SdgTexts(some);
    }
}
