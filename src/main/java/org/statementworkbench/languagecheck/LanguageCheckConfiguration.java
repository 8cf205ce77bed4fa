package org.statementworkbench.languagecheck;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the LanguageTool engine: in this process by default; LanguageTool HTTP servers when
 * {@code workbench.languagetool.servers} lists them (comma-separated; a bad address stops the start-up, naming it).
 */
@Configuration(proxyBeanMethods = false)
class LanguageCheckConfiguration {

    @Bean(destroyMethod = "close")
    LanguageChecker languageChecker(@Value("${workbench.languagetool.servers:}") String servers) {
        return servers.isBlank() ? new InProcessLanguageChecker() : new RemoteLanguageChecker(servers);
    }
}
