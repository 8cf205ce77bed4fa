package org.statementworkbench.base.events;

/**
 * A change one module announces to the others (and to open UIs): an immutable record of plain values, so that
 * it can later be carried between servers as it is.
 */
public interface DomainEvent {}
