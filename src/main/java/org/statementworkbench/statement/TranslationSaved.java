package org.statementworkbench.statement;

import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvent;

/** Published after a target segment was saved (committed), so open editors can show it live. */
public record TranslationSaved(long statementId, long segmentId, UnLanguage language, TranslationState state)
        implements DomainEvent {}
