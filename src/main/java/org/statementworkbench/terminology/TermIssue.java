package org.statementworkbench.terminology;

import org.jspecify.annotations.Nullable;

/**
 * A terminology issue of one segment: the check's stable id ({@code term.missing}, ...), its severity, a
 * plain-language message naming the concept and the approved term(s), and where it is in the source and/or the
 * target (UTF-16 offsets, end exclusive).
 */
public record TermIssue(
        String check,
        Severity severity,
        String message,
        @Nullable Span source,
        @Nullable Span target,
        long conceptId,
        String conceptExternalId) {

    /** A range of a text. */
    public record Span(int start, int end) {}
}
