package org.statementworkbench.terminology;

import org.statementworkbench.glossary.TermEntry;

/** A glossary term found in a text: the span (UTF-16 offsets, end exclusive) and the term it is a form of. */
public record TermHit(int start, int end, String found, TermEntry term) {}
