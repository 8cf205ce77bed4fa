package org.statementworkbench.languagecheck;

import java.util.Locale;

/** How the editor paints a LanguageTool match: spelling, grammar and style problems each look different. */
public enum MatchKind {
    SPELLING,
    GRAMMAR,
    STYLE;

    /** The highlight kind of the segment editor ({@code spelling}, {@code grammar}, {@code style}). */
    public String highlightKind() {
        return name().toLowerCase(Locale.ROOT);
    }
}
