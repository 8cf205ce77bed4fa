package org.statementworkbench.languagecheck;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * A LanguageTool rule switched off: for {@code language} in every statement ({@code statementId} null) or in one
 * statement, by whom and when.
 */
public record SwitchedOffRule(
        long id,
        UnLanguage language,
        String ruleId,
        String ruleDescription,
        @Nullable Long statementId,
        @Nullable String reason,
        String switchedBy,
        Instant switchedAt) {

    /** Whether the rule is off in every statement of the language. */
    public boolean global() {
        return statementId == null;
    }
}
