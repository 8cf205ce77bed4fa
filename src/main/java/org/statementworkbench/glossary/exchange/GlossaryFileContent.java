package org.statementworkbench.glossary.exchange;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a glossary file holds for the glossary: its concepts, and the data categories found in it that the
 * glossary has no place for, with how often each occurs ({@code transactionType → 24}), so that an import can
 * say what it would leave out instead of dropping it silently.
 */
public record GlossaryFileContent(List<TbxConcept> concepts, Map<String, Integer> notImported) {

    public GlossaryFileContent {
        concepts = List.copyOf(concepts);
        notImported = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notImported));
    }

    /** "transactionType (24 times), xGraphic (3 times)", or empty. */
    public List<String> notImportedDescribed() {
        return notImported.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " time)" : " times)"))
                .collect(Collectors.toList());
    }
}
