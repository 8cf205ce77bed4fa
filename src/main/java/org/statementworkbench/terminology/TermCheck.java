package org.statementworkbench.terminology;

import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;

/** The terminology checks, with their stable ids, severities and what they find. */
public enum TermCheck {
    MISSING(
            "missing",
            Severity.ERROR,
            "A source term whose concept has approved terms in the target language, none of which the target uses."),
    FORBIDDEN("forbidden", Severity.ERROR, "A deprecated, superseded or forbidden term used in the target."),
    SOURCE_DEPRECATED(
            "source-deprecated",
            Severity.INFO,
            "A deprecated, superseded or forbidden term in the source, for the author's office."),
    INCONSISTENT(
            "inconsistent", Severity.WARNING, "One concept rendered by different approved terms within one statement.");

    private final CheckId id;
    private final Severity severity;
    private final String description;

    TermCheck(String name, Severity severity, String description) {
        this.id = CheckId.term(name);
        this.severity = severity;
        this.description = description;
    }

    /** {@code term.missing}, ... */
    public CheckId id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    /** Whether {@code issue} was raised by this check. */
    public boolean raised(Issue issue) {
        return id.equals(issue.check());
    }

    /** An issue of this check about the concept of {@code hit}, which lies in the source or the target. */
    Issue issue(String message, TermHit hit, boolean inSource) {
        Span span = new Span(hit.start(), hit.end());
        return new Issue(
                id,
                severity,
                message,
                inSource ? span : null,
                inSource ? null : span,
                hit.term().conceptExternalId());
    }
}
