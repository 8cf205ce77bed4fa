package org.statementworkbench.editor.ui;

import org.statementworkbench.base.checks.CheckId;

/** The groups of the issues panel, in the order it lists them, by the family of their check id. */
enum IssueFamily {
    TERMINOLOGY(CheckId.TERMINOLOGY, "Terminology"),
    NUMBERS("number", "Numbers"),
    SYMBOLS("symbol", "Symbols"),
    PUNCTUATION("punct", "Punctuation"),
    SPACES("space", "Spaces"),
    TEXT("text", "Text"),
    MARKERS("marker", "Markers"),
    LANGUAGE(CheckId.LANGUAGE_TOOL, "Language"),
    OTHER("", "Other checks");

    private final String family;
    private final String label;

    IssueFamily(String family, String label) {
        this.family = family;
        this.label = label;
    }

    String label() {
        return label;
    }

    static IssueFamily of(CheckId check) {
        for (IssueFamily f : values()) {
            if (check.isIn(f.family)) {
                return f;
            }
        }
        return OTHER;
    }
}
