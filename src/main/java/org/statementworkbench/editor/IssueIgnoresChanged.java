package org.statementworkbench.editor;

import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvent;

/** Published after an issue was ignored or shown again in one segment translation: open editors list it anew. */
public record IssueIgnoresChanged(long segmentId, UnLanguage language) implements DomainEvent {}
