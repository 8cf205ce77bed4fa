package org.statementworkbench.terminology;

/** How serious a terminology issue is. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
