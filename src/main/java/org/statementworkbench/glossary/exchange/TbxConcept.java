package org.statementworkbench.glossary.exchange;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.TermDraft;

/**
 * A concept as read from a TBX file: subject fields, definitions (per language; TBX-Basic puts them at language
 * level), notes, sources and terms.
 */
public record TbxConcept(
        @Nullable String id,
        List<String> subjectFields,
        Map<String, String> definitions,
        List<String> notes,
        List<String> sources,
        List<TermDraft> terms) {

    public TbxConcept {
        subjectFields = List.copyOf(subjectFields);
        definitions = Map.copyOf(definitions);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
        terms = List.copyOf(terms);
    }
}
