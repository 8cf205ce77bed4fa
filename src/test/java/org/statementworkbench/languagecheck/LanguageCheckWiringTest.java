package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.base.UnLanguage;

/**
 * The service as the application wires it: the in-process engine, the glossary from the database (the shipped UN
 * glossary), no warm-up in tests (a language loads on its first check, on a check thread).
 */
@SpringBootTest
class LanguageCheckWiringTest {

    @Autowired
    LanguageCheckService service;

    @Test
    void checksWithTheGlossaryOfTheDatabase() throws Exception {
        String text = "La CESAP et l'ONUDC coopèrent en Asie du Sud-Est; la resolution a été adoptée.";
        CheckResult result =
                service.check(UnLanguage.FR, text, RuleSettings.DEFAULT).get(5, TimeUnit.MINUTES);
        assertThat(result.outcome()).isEqualTo(CheckResult.Outcome.CHECKED);
        assertThat(result.matches())
                .as("approved acronyms of the shipped glossary")
                .noneMatch(
                        m -> m.covered(text).equals("CESAP") || m.covered(text).equals("ONUDC"));
        assertThat(result.matches())
                .as("a real misspelling")
                .anyMatch(m -> m.covered(text).equals("resolution"));
        assertThat(service.ready(UnLanguage.FR)).isTrue();
    }
}
