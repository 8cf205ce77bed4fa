package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementworkbench.base.UnLanguage;

class InProcessLanguageCheckerTest {

    static InProcessLanguageChecker checker;

    @BeforeAll
    static void load() {
        checker = new InProcessLanguageChecker();
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    @Test
    void aRepeatedWordInEnglishIsGrammarWithItsSuggestion() {
        String text = "The Commission adopted the the resolution without a vote.";
        var matches = checker.check(UnLanguage.EN, text, RuleSettings.DEFAULT);
        assertThat(matches).isNotEmpty();
        var match = matches.getFirst();
        assertThat(match.suggestionsPending()).isFalse();
        assertThat(checker.suggestions(UnLanguage.EN, text, match)).containsExactly("the");
    }

    @Test
    void misspellingInFrenchComesWithoutSuggestionsUntilAsked() {
        String text = "La Commission a adopté la resolution sans vote.";
        var match =
                LanguageMatches.covering(checker.check(UnLanguage.FR, text, RuleSettings.DEFAULT), text, "resolution");
        assertThat(match.suggestionsPending()).isTrue();
        assertThat(match.suggestions()).isEmpty();
        assertThat(checker.suggestions(UnLanguage.FR, text, match)).startsWith("résolution");
    }

    @ParameterizedTest
    @CsvSource({"AR, HUNSPELL_RULE_AR", "FR, FR_SPELLING_RULE", "RU, MORFOLOGIK_RULE_RU_RU"})
    void theSpellingExceptionsOfArabicFrenchAndRussianAreNarrowedToTheText(UnLanguage language, String rule) {
        // tens of thousands of multi-word exceptions: trying them all on every sentence was most of the check
        PooledLanguageTool tool = new PooledLanguageTool(
                org.languagetool.Languages.getLanguageForShortCode(
                        UnStyleProfile.load().get(language).languageToolCode()),
                UnStyleProfile.load().get(language));
        tool.warmUp();
        assertThat(tool.narrowedRules()).anySatisfy(r -> assertThat(r).startsWith(rule + " ("));
    }

    @Test
    void misspellingInFrenchIsSpelling() {
        String text = "La Commission a adopté la résolution sans vot.";
        var matches = checker.check(UnLanguage.FR, text, RuleSettings.DEFAULT);
        assertThat(matches).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MatchKind.SPELLING);
            assertThat(m.covered(text)).isEqualTo("vot");
        });
    }

    @Test
    void aRuleSwitchedOffIsNotReportedAndComesBackAfterwards() {
        String text = "La Commission a adopté la résolution sans vot.";
        String rule = checker.check(UnLanguage.FR, text, RuleSettings.DEFAULT).stream()
                .filter(m -> m.kind() == MatchKind.SPELLING)
                .findFirst()
                .orElseThrow()
                .ruleId();
        assertThat(checker.check(UnLanguage.FR, text, new RuleSettings(java.util.Set.of(rule))))
                .noneMatch(m -> m.ruleId().equals(rule));
        assertThat(checker.check(UnLanguage.FR, text, RuleSettings.DEFAULT))
                .anyMatch(m -> m.ruleId().equals(rule));
    }
}
