package org.statementworkbench.base.checks;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding of one check in one segment (or unit): which check, how serious, a message in plain words, where it is
 * in the source and/or the target, and what it is about when the check's family defines that ({@code subject}: the
 * glossary concept's id for term checks, the match id for LanguageTool).
 */
public record Issue(
        CheckId check,
        Severity severity,
        String message,
        @Nullable Span source,
        @Nullable Span target,
        @Nullable String subject) {

    public Issue {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public Issue(CheckId check, Severity severity, String message, @Nullable Span source, @Nullable Span target) {
        this(check, severity, message, source, target, null);
    }

    /** As written in a one-line list: {@code family.name: message}. */
    public String describe() {
        return check + ": " + message;
    }
}
