package org.statementworkbench.languagecheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the LanguageTool engine: in this process by default. */
@Configuration(proxyBeanMethods = false)
class LanguageCheckConfiguration {

    @Bean(destroyMethod = "close")
    LanguageChecker languageChecker() {
        return new InProcessLanguageChecker();
    }
}
