package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.statementworkbench.base.UnLanguage;

/**
 * Our engine takes shortcuts (no suggestions during the check, spelling exceptions narrowed to the text): on real UN
 * text in every language it must still find exactly the matches plain LanguageTool finds with the same rules, rule
 * by rule and offset by offset. SDG sentences one by one, and segments of three sentences.
 */
class SameMatchesAsPlainLanguageToolTest {

    static final int SENTENCES = 150;

    static InProcessLanguageChecker ours;

    @BeforeAll
    static void load() {
        ours = new InProcessLanguageChecker();
    }

    @AfterAll
    static void close() {
        ours.close();
    }

    @ParameterizedTest
    @EnumSource(UnLanguage.class)
    void sameMatchesOnSdgSentencesAndSegments(UnLanguage language) {
        PlainLanguageTool plain = new PlainLanguageTool(language);
        List<String> texts = new ArrayList<>(SdgSentences.sample(language, SENTENCES));
        List<String> sentences = List.copyOf(texts);
        for (int i = 0; i + 2 < 30; i += 3) {
            texts.add(String.join(language == UnLanguage.ZH ? "" : " ", sentences.subList(i, i + 3)));
        }
        int matches = 0;
        List<String> differences = new ArrayList<>();
        for (String text : texts) {
            List<String> expected = plain.matchKeys(text);
            List<String> actual = keys(ours.check(language, text, RuleSettings.DEFAULT));
            matches += expected.size();
            if (!actual.equals(expected)) {
                differences.add(text + "\n  plain: " + expected + "\n  ours:  " + actual);
            }
        }
        assertThat(differences)
                .as("texts where our matches differ from plain LanguageTool's")
                .isEmpty();
        assertThat(texts).hasSize(SENTENCES + 10);
        if (language != UnLanguage.ZH && language != UnLanguage.EN) {
            assertThat(matches)
                    .as("the comparison is worth something only if LanguageTool finds things")
                    .isPositive();
        }
    }

    static List<String> keys(List<LanguageMatch> matches) {
        return matches.stream()
                .map(m -> PlainLanguageTool.key(m.ruleId(), m.start(), m.end()))
                .toList();
    }
}
