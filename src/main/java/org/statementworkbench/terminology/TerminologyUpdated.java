package org.statementworkbench.terminology;

import org.statementworkbench.base.events.DomainEvent;

/** Published when the term matchers were rebuilt for a new glossary revision, so open editors re-check. */
public record TerminologyUpdated(long revision) implements DomainEvent {}
