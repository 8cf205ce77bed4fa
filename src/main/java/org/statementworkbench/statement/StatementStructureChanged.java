package org.statementworkbench.statement;

import org.statementworkbench.base.events.DomainEvent;

/** Published after segments of a statement were split or merged (committed), so open editors reload. */
public record StatementStructureChanged(long statementId) implements DomainEvent {}
