package org.statementworkbench.languagecheck;

import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvent;

/**
 * Published after a rule was switched off or back on: for {@code language} in every statement ({@code statementId}
 * null) or in one statement. Open editors re-read their rule settings and check again.
 */
public record LanguageRulesChanged(@Nullable Long statementId, UnLanguage language) implements DomainEvent {

    /** Whether the change concerns the texts of this statement in this language. */
    public boolean concerns(long statement, UnLanguage inLanguage) {
        return language == inLanguage && (statementId == null || statementId == statement);
    }
}
