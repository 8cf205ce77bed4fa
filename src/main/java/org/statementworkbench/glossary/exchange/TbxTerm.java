package org.statementworkbench.glossary.exchange;

import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

/** One term of a concept in one language, as read from a TBX file. */
public record TbxTerm(
        String language,
        String text,
        TermType type,
        UsageStatus status,
        @Nullable String partOfSpeech,
        @Nullable String gender,
        @Nullable String context,
        boolean caseSensitive) {}
