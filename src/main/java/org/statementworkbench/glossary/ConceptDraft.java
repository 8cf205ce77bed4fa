package org.statementworkbench.glossary;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A concept as a glossary manager enters it. For an edit, {@code id} and {@code version} are those the manager
 * started from: a save over someone else's newer change is refused. {@code externalId} may be null for a new
 * concept (one is generated).
 */
public record ConceptDraft(
        @Nullable Long id,
        long version,
        @Nullable String externalId,
        List<String> subjectFields,
        @Nullable String definition,
        @Nullable String note,
        @Nullable String source,
        List<TermDraft> terms) {

    public ConceptDraft {
        subjectFields = List.copyOf(subjectFields);
        terms = List.copyOf(terms);
    }

    public static ConceptDraft newConcept(
            List<String> subjectFields, @Nullable String definition, List<TermDraft> terms) {
        return new ConceptDraft(null, 0, null, subjectFields, definition, null, null, terms);
    }
}
