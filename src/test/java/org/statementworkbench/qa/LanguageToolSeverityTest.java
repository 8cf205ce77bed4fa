package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.statementworkbench.languagecheck.UnStyleProfile;

/** The severity table covers every rule category LanguageTool 6.8 has in the six UN languages, each once. */
class LanguageToolSeverityTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "TYPOS, ERROR",
        "MISSPELLING, ERROR",
        "GRAMMAR, ERROR",
        "CONFUSED_WORDS, ERROR",
        "CAT_GRAMMAIRE, ERROR",
        "AGREEMENT_NOUNS, ERROR",
        "GENDER_AGREEMENT, ERROR",
        "CAT1, ERROR",
        "PUNCTUATION, WARNING",
        "CAT_TYPOGRAPHIE, WARNING",
        "CASING, WARNING",
        "MISC, WARNING",
        "STYLE, INFO",
        "REDUNDANCY, INFO",
        "AMERICAN_ENGLISH, INFO",
        "CAT_ANGLICISMES_FOREIGN_TERMS, INFO",
        "A_CATEGORY_OF_A_LATER_VERSION, WARNING",
        "'', WARNING"
    })
    void severityOfACategory(String category, QaIssue.Severity severity) {
        assertThat(LanguageToolSeverity.of(category)).isEqualTo(severity);
    }

    @Test
    void theThreeListsDoNotOverlap() {
        Set<String> all = new HashSet<>(LanguageToolSeverity.ERRORS);
        assertThat(LanguageToolSeverity.WARNINGS).doesNotContainAnyElementsOf(all);
        all.addAll(LanguageToolSeverity.WARNINGS);
        assertThat(LanguageToolSeverity.INFOS).doesNotContainAnyElementsOf(all);
    }

    @Test
    void everyCategoryOfTheSixLanguagesIsListed() {
        Set<String> unlisted = new TreeSet<>();
        UnStyleProfile.load().forEach((language, profile) -> {
            var tool = new JLanguageTool(Languages.getLanguageForShortCode(profile.languageToolCode()));
            for (Rule rule : tool.getAllRules()) {
                String category = rule.getCategory().getId().toString();
                if (!LanguageToolSeverity.listed(category)) {
                    unlisted.add(language.code() + " " + category + " (" + rule.getId() + ")");
                }
            }
        });
        assertThat(unlisted).isEmpty();
    }
}
