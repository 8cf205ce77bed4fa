package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statementworkbench.glossary.GlossaryFiles;
import org.statementworkbench.glossary.TermEntry;

/**
 * The languages of {@code qa}'s term checks: a tag of a UN language in any form ("fr-FR", "zh-CN") checks against
 * that language's terms; traditional Chinese and other languages are not checked, even when the glossary has terms
 * in them.
 */
class TermIssueProviderLanguagesTest {

    static final List<TermEntry> GLOSSARY = GlossaryFiles.read("""
            id,en,zh-Hant,zh,de,fr
            un-sc,Security Council,安全理事會,安全理事会,Sicherheitsrat,Conseil de sécurité
            """.getBytes(StandardCharsets.UTF_8), "un-sc.csv");

    @ParameterizedTest
    @CsvSource({
        "en,fr,Le Conseil s'est réuni.",
        "en-US,fr-FR,Le Conseil s'est réuni.",
        "EN,fr-CA,Le Conseil s'est réuni.",
        "en,zh-CN,理事会举行了会议。",
        "en,zh-Hans,理事会举行了会议。"
    })
    void aUnLanguageInAnyFormIsChecked(String source, String target, String translation) {
        var findings = new TermIssueProvider(GLOSSARY, source, target)
                .check(List.of(new QaUnit("1", "The Security Council met.", translation)));
        assertThat(findings.counts()).containsEntry(TermIssueProvider.TERM_HITS, 1);
        assertThat(findings.issues())
                .extracting(i -> i.issue().check().toString())
                .containsExactly("term.missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-TW", "de"})
    void otherLanguagesAreNotChecked(String target) {
        assertThatThrownBy(() -> new TermIssueProvider(GLOSSARY, "en", target))
                .isInstanceOf(QaInputException.class)
                .hasMessage("the glossary has no terms in " + target
                        + "; its languages are en, fr, zh (the term checks cover the six UN languages)");
    }
}
