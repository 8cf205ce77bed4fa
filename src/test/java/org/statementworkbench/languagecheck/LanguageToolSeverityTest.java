package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;

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
    void severityOfACategory(String category, Severity severity) {
        assertThat(LanguageToolSeverity.of(category)).isEqualTo(severity);
    }

    @Test
    void aMatchIsAnIssueOfItsRuleWithTheSeverityOfItsCategory() {
        var match = new LanguageMatch(
                LanguageMatch.idOf("MORFOLOGIK_RULE_EN_GB", 4, 9, "Concil"),
                "MORFOLOGIK_RULE_EN_GB",
                "Possible spelling mistake",
                "TYPOS",
                MatchKind.SPELLING,
                4,
                9,
                "Possible spelling mistake found.",
                "Spelling mistake",
                List.of("Council"),
                false);
        Issue issue = match.toIssue();
        assertThat(match.check()).isEqualTo(CheckId.languageTool("MORFOLOGIK_RULE_EN_GB"));
        assertThat(issue.check()).hasToString("lt.MORFOLOGIK_RULE_EN_GB");
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.message()).isEqualTo("Possible spelling mistake found.");
        assertThat(issue.source()).isNull();
        assertThat(issue.target()).isEqualTo(new Span(4, 9));
        assertThat(issue.subject()).isEqualTo(match.id());
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
