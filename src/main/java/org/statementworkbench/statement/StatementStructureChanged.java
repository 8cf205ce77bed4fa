package org.statementworkbench.statement;

/** Published after segments of a statement were split or merged (committed), so open editors reload. */
public record StatementStructureChanged(long statementId) {}
