package org.statementworkbench.statement;

import java.util.Set;
import org.statementworkbench.base.UnLanguage;

/** What is known about a statement when it is imported. */
public record NewStatement(
        String title, StatementDetails details, UnLanguage sourceLanguage, Set<UnLanguage> targetLanguages) {

    public NewStatement {
        targetLanguages = Set.copyOf(targetLanguages);
    }

    /** A statement known by its title and languages only. */
    public NewStatement(String title, UnLanguage sourceLanguage, Set<UnLanguage> targetLanguages) {
        this(title, StatementDetails.NONE, sourceLanguage, targetLanguages);
    }
}
