package org.statementworkbench.editor;

import org.statementworkbench.base.events.DomainEvent;

/** Published after a statement's check profile was saved: open editors and reports check with the new one. */
public record CheckProfileChanged(long statementId) implements DomainEvent {}
