package org.statementworkbench.editor;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the statement QA run is made of beyond the built-in segment checks and the term checks. */
@Configuration
class QaRunConfiguration {

    /**
     * The statement-wide checks of the QA report. No implementation of {@code qa.StatementCheck} has landed yet;
     * when one does (e.g. {@code qa.StatementChecks.all()}), it goes in here and the report runs it, honouring the
     * check profile, with no other change.
     */
    @Bean
    StatementWideChecks statementWideChecks() {
        return new StatementWideChecks(List.of());
    }
}
