package org.statementworkbench.editor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.statementworkbench.qa.StatementChecks;

/** What the statement QA run is made of beyond the built-in segment checks and the term checks. */
@Configuration
class QaRunConfiguration {

    /**
     * The statement-wide checks of the QA report: every one of {@link StatementChecks#all()} ({@code inconsistent.*},
     * {@code cross-target.number}); the report runs them honouring the check profile.
     */
    @Bean
    StatementWideChecks statementWideChecks() {
        return new StatementWideChecks(StatementChecks.all().statementChecks());
    }
}
