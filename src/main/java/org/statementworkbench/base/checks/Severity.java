package org.statementworkbench.base.checks;

import java.util.Locale;

/** How serious an issue is, most serious first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case word reports and stored rows use: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #label()} (any case). */
    public static Severity fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
