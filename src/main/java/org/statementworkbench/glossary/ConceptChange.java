package org.statementworkbench.glossary;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a concept's history: who changed what when, with the concept before and after (JSON). */
public record ConceptChange(
        long id,
        Instant changedAt,
        String changedBy,
        String action,
        String summary,
        @Nullable String before,
        @Nullable String after) {}
