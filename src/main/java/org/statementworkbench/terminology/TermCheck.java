package org.statementworkbench.terminology;

/** The terminology checks, with their stable ids, severities and what they find. */
public enum TermCheck {
    MISSING(
            "term.missing",
            Severity.ERROR,
            "A source term whose concept has approved terms in the target language, none of which the target uses."),
    FORBIDDEN("term.forbidden", Severity.ERROR, "A deprecated, superseded or forbidden term used in the target."),
    SOURCE_DEPRECATED(
            "term.source-deprecated",
            Severity.INFO,
            "A deprecated, superseded or forbidden term in the source, for the author's office."),
    INCONSISTENT(
            "term.inconsistent",
            Severity.WARNING,
            "One concept rendered by different approved terms within one statement.");

    private final String id;
    private final Severity severity;
    private final String description;

    TermCheck(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }
}
