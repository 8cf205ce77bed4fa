package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.UnLanguage;

/**
 * Golden sentences per language ({@code languagecheck/golden/<lang>.tsv}), in the manner of LanguageTool's own
 * {@code assertGood}/{@code assertBad}: correct UN sentences (SDG texts and the demo statement, verbatim) raise no
 * match under the UN style profile; the same kind of sentences with one deliberate error raise exactly one match, of
 * the expected rule on the expected words.
 */
class LanguageToolGoldenTest {

    /** One line of a golden file. */
    record Golden(
            UnLanguage language,
            int line,
            String expect,
            String ruleId,
            String covered,
            String sentence,
            String source) {

        boolean correct() {
            return expect.equals("none");
        }

        @Override
        public String toString() {
            return language.code() + ":" + line + " " + expect + " " + ruleId + " (" + source + ")";
        }
    }

    static Map<UnLanguage, UnStyleProfile> profiles;
    static InProcessLanguageChecker checker;

    @BeforeAll
    static void load() {
        profiles = UnStyleProfile.load();
        checker = new InProcessLanguageChecker(profiles);
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    static Stream<Golden> golden() {
        return Stream.of(UnLanguage.values()).flatMap(l -> read(l).stream());
    }

    @ParameterizedTest
    @MethodSource("golden")
    void sentenceRaisesExactlyTheExpectedMatches(Golden g) {
        List<LanguageMatch> matches = check(g.language(), g.sentence());
        if (g.correct()) {
            assertThat(matches).as("correct UN sentence: %s", g.sentence()).isEmpty();
        } else {
            assertThat(matches)
                    .as("%s", g.sentence())
                    .extracting(LanguageMatch::ruleId, m -> m.covered(g.sentence()))
                    .containsExactly(tuple(g.ruleId(), g.covered()));
        }
    }

    /** Each file holds enough of both: at least 8 correct sentences and 4 errors, spelling and grammar among them. */
    @ParameterizedTest
    @EnumSource(UnLanguage.class)
    void goldenFileCoversCorrectSentencesAndSeveralKindsOfError(UnLanguage language) {
        List<Golden> lines = read(language);
        assertThat(lines.stream().filter(Golden::correct)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lines.stream().filter(g -> !g.correct())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(lines).extracting(Golden::expect).contains("spelling", "grammar");
        assertThat(lines)
                .extracting(Golden::expect)
                .allMatch(e -> List.of("none", "spelling", "grammar", "style", "typography")
                        .contains(e));
    }

    /** The check as the engine gives it, minus matches inside accepted UN wording (a no-op once the engine drops them). */
    static List<LanguageMatch> check(UnLanguage language, String text) {
        return profiles.get(language).withoutAccepted(text, checker.check(language, text, RuleSettings.DEFAULT));
    }

    static List<Golden> read(UnLanguage language) {
        String resource = "languagecheck/golden/" + language.code() + ".tsv";
        try (InputStream in = LanguageToolGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<Golden> lines = new ArrayList<>();
            String[] all = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < all.length; i++) {
                if (all[i].isBlank() || all[i].startsWith("#")) {
                    continue;
                }
                String[] f = all[i].split("\t", -1);
                assertThat(f)
                        .as("%s line %d: expect, rule id, covered text, sentence, source", resource, i + 1)
                        .hasSize(5);
                lines.add(new Golden(language, i + 1, f[0], f[1], f[2], f[3], f[4]));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
