package org.statementworkbench.glossary;

import org.statementworkbench.base.events.DomainEvent;

/**
 * Published after a change of the glossary was committed. {@code revision} grows with every change, so a term
 * checker can tell whether the terms it holds are current.
 */
public record GlossaryChanged(long revision) implements DomainEvent {}
