package org.statementworkbench.glossary;

import java.util.Locale;
import java.util.Optional;
import org.statementworkbench.base.SentenceCaseLabel;

/** How a term may be used: TBX administrativeStatus values, plus forbidden. */
public enum UsageStatus implements SentenceCaseLabel {
    PREFERRED("preferredTerm-admn-sts"),
    ADMITTED("admittedTerm-admn-sts"),
    DEPRECATED("deprecatedTerm-admn-sts"),
    SUPERSEDED("supersededTerm-admn-sts"),
    FORBIDDEN("forbiddenTerm-admn-sts");

    private final String tbx;

    UsageStatus(String tbx) {
        this.tbx = tbx;
    }

    public String tbx() {
        return tbx;
    }

    /** Accepts the TBX value ("deprecatedTerm-admn-sts") and the short word ("deprecated"). */
    public static Optional<UsageStatus> fromTbx(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (UsageStatus s : values()) {
            if (s.tbx.toLowerCase(Locale.ROOT).equals(v)
                    || s.name().toLowerCase(Locale.ROOT).equals(v)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
