package org.statementworkbench.glossary;

import java.util.Locale;
import java.util.Optional;
import org.statementworkbench.base.SentenceCaseLabel;

/** TBX termType values the glossary uses. */
public enum TermType implements SentenceCaseLabel {
    FULL_FORM("fullForm"),
    ACRONYM("acronym"),
    ABBREVIATION("abbreviation"),
    SHORT_FORM("shortForm"),
    VARIANT("variant"),
    PHRASE("phrase");

    private final String tbx;

    TermType(String tbx) {
        this.tbx = tbx;
    }

    public String tbx() {
        return tbx;
    }

    public static Optional<TermType> fromTbx(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (TermType t : values()) {
            if (t.tbx.toLowerCase(Locale.ROOT).equals(v)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
