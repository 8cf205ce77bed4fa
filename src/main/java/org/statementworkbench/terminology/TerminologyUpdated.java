package org.statementworkbench.terminology;

/** Published when the term matchers were rebuilt for a new glossary revision, so open editors re-check. */
public record TerminologyUpdated(long revision) {}
