package org.statementworkbench.qa;

import org.jspecify.annotations.Nullable;

/**
 * One finding of a check in one unit: the check's stable id ({@code term.missing}, later {@code lt.RULE_ID}), its
 * severity, a plain-language message, and where it is in the unit's source and/or target (UTF-16 offsets, end
 * exclusive).
 */
public record QaIssue(
        String unit,
        String check,
        Severity severity,
        String message,
        @Nullable Span source,
        @Nullable Span target) {

    /** How serious an issue is; written in lower case in reports. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    /** A range of a text, end exclusive. */
    public record Span(int start, int end) {

        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }
}
