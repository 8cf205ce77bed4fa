package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * The remote checker against a real LanguageTool 6.8 server on loopback, compared with LanguageTool in this process
 * on the same texts: the same rule ids at the same UTF-16 offsets, with the suggestions included.
 */
class RemoteLanguageCheckerTest {

    /** Generous: the machine running the tests may be busy, and a server loads a language on its first check. */
    static final Duration ANSWER = Duration.ofMinutes(2);

    static LanguageToolTestServer server;
    static RemoteLanguageChecker remote;
    static InProcessLanguageChecker inProcess;

    @BeforeAll
    static void start() {
        server = LanguageToolTestServer.start();
        remote = remote(server.url());
        inProcess = new InProcessLanguageChecker();
    }

    @AfterAll
    static void stop() {
        remote.close();
        inProcess.close();
        server.close();
    }

    static RemoteLanguageChecker remote(String... urls) {
        return new RemoteLanguageChecker(
                Stream.of(urls).map(URI::create).toList(), Duration.ofSeconds(3), ANSWER, UnStyleProfile.load());
    }

    /** A deliberate error in a UN sentence: the rule that catches it, the words it covers, a suggestion. */
    static Stream<Arguments> deliberateErrors() {
        return Stream.of(
                Arguments.of(
                        UnLanguage.EN,
                        "The General Assembly adopted the the resolution without a vote.",
                        "ENGLISH_WORD_REPEAT_RULE",
                        "the the",
                        "the"),
                Arguments.of(
                        UnLanguage.EN,
                        "The Secretary-General submitted his reprot to the Security Council.",
                        "MORFOLOGIK_RULE_EN_GB",
                        "reprot",
                        "report"),
                Arguments.of(
                        UnLanguage.FR,
                        "La Commission a adopté la résolution sans vot.",
                        "FR_SPELLING_RULE",
                        "vot",
                        "vote"),
                Arguments.of(
                        UnLanguage.AR,
                        "القضاء على الفقرر بجميع أشكاله في كل مكان",
                        "HUNSPELL_RULE_AR",
                        "الفقرر",
                        "الفقر"),
                Arguments.of(UnLanguage.ZH, "我们要再接再励，在全世界消除一切形式的贫困。", "LI3_LI4", "励", "厉"),
                Arguments.of(
                        UnLanguage.RU,
                        "Генеральная Ассамблея приняла резолюцыю без голосования.",
                        "MORFOLOGIK_RULE_RU_RU",
                        "резолюцыю",
                        "резолюцию"),
                Arguments.of(
                        UnLanguage.ES,
                        "La Asamblea General aprobó la resolucion sin votación.",
                        "MORFOLOGIK_RULE_ES",
                        "resolucion",
                        "resolución"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("deliberateErrors")
    void findsTheErrorWhereLanguageToolInProcessDoes(
            UnLanguage language, String text, String rule, String covered, String suggestion) {
        List<LanguageMatch> matches = remote.check(language, text, RuleSettings.DEFAULT);
        assertThat(matches).anySatisfy(m -> {
            assertThat(m.ruleId()).isEqualTo(rule);
            assertThat(m.covered(text)).isEqualTo(covered);
            assertThat(m.suggestionsPending()).isFalse();
            assertThat(m.suggestions()).contains(suggestion);
            assertThat(remote.suggestions(language, text, m)).isEqualTo(m.suggestions());
        });
        assertThat(signatures(matches)).isEqualTo(signatures(inProcess.check(language, text, RuleSettings.DEFAULT)));
    }

    @Test
    void correctSdgTargetsGiveTheSameMatchesAsInProcessInAllSixLanguages() {
        SdgCorpus sdg = SdgCorpus.load(SdgCorpus.defaultLocation());
        List<String> keys = sdg.sentences().keySet().stream()
                .filter(k -> k.matches("1[0-7]?-\\d+-title"))
                .limit(5)
                .toList();
        assertThat(keys).hasSize(5);
        int compared = 0;
        for (UnLanguage language : UnLanguage.values()) {
            for (String key : keys) {
                String text = sdg.text(key, language.code());
                assertThat(text).as(key).isNotBlank();
                assertThat(signatures(remote.check(language, text, RuleSettings.DEFAULT)))
                        .as(language + " " + key)
                        .isEqualTo(signatures(inProcess.check(language, text, RuleSettings.DEFAULT)));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(30);
    }

    @Test
    void offsetsAreUtf16CodeUnitsAsInJavaStrings() {
        // U+20BB7 (𠮷, as written in the name 𠮷田) is two UTF-16 units: code point offsets would be one less
        String text = "Mr. Yoshida (𠮷田) submitted the reprot.";
        LanguageMatch typo =
                LanguageMatches.covering(remote.check(UnLanguage.EN, text, RuleSettings.DEFAULT), text, "reprot");
        assertThat(typo.start()).isEqualTo(text.indexOf("reprot")).isEqualTo(32);
        String arabic = "القضاء على الفقرر بجميع أشكاله في كل مكان";
        assertThat(remote.check(UnLanguage.AR, arabic, RuleSettings.DEFAULT))
                .anySatisfy(m -> assertThat(m.start())
                        .isEqualTo(arabic.indexOf("الفقرر"))
                        .isEqualTo(11));
        String chinese = "我们要再接再励，在全世界消除一切形式的贫困。";
        assertThat(remote.check(UnLanguage.ZH, chinese, RuleSettings.DEFAULT))
                .anySatisfy(m -> assertThat(m.covered(chinese)).isEqualTo("励"));
    }

    @Test
    void rulesSwitchedOffInTheSettingsAreSentAsDisabledRules() {
        String text = "La Commission a adopté la résolution sans vot.";
        assertThat(remote.check(UnLanguage.FR, text, new RuleSettings(Set.of("FR_SPELLING_RULE"))))
                .noneMatch(m -> m.ruleId().equals("FR_SPELLING_RULE"));
        assertThat(remote.check(UnLanguage.FR, text, RuleSettings.DEFAULT))
                .anyMatch(m -> m.ruleId().equals("FR_SPELLING_RULE"));
    }

    @Test
    void warmUpMakesTheLanguageReady() {
        try (RemoteLanguageChecker fresh = remote(server.url())) {
            assertThat(fresh.ready(UnLanguage.ES)).isFalse();
            fresh.warmUp(UnLanguage.ES);
            assertThat(fresh.ready(UnLanguage.ES)).isTrue();
            assertThat(fresh.ready(UnLanguage.RU)).isFalse();
        }
    }

    @Test
    void aDeadFirstServerFailsOverToTheLiveOne() {
        try (RemoteLanguageChecker checker = remote(LanguageToolTestServer.deadUrl(), server.url())) {
            checker.warmUp(UnLanguage.EN);
            assertThat(checker.ready(UnLanguage.EN)).isTrue();
            String text = "The Secretary-General submitted his reprot to the Security Council.";
            for (int i = 0; i < 3; i++) { // round-robin starts at each server in turn: every check still succeeds
                assertThat(checker.check(UnLanguage.EN, text, RuleSettings.DEFAULT))
                        .anyMatch(m -> m.ruleId().equals("MORFOLOGIK_RULE_EN_GB"));
            }
        }
    }

    @Test
    void onlyDeadServersGiveAClearException() {
        String dead = LanguageToolTestServer.deadUrl();
        try (RemoteLanguageChecker checker = remote(dead)) {
            assertThatThrownBy(() -> checker.check(UnLanguage.EN, "The Council met.", RuleSettings.DEFAULT))
                    .isInstanceOf(LanguageCheckException.class)
                    .hasMessage("LanguageTool server " + dead + " refused the connection (is it running?)");
            assertThatThrownBy(() -> checker.warmUp(UnLanguage.EN)).isInstanceOf(LanguageCheckException.class);
            assertThat(checker.ready(UnLanguage.EN)).isFalse();
        }
        String other = LanguageToolTestServer.deadUrl();
        try (RemoteLanguageChecker checker = remote(dead, other)) {
            assertThatThrownBy(() -> checker.check(UnLanguage.FR, "Le Conseil s'est réuni.", RuleSettings.DEFAULT))
                    .isInstanceOf(LanguageCheckException.class)
                    .hasMessageStartingWith("No LanguageTool server could check the French text: ")
                    .hasMessageContaining(dead + " refused the connection")
                    .hasMessageContaining(other + " refused the connection");
        }
    }

    /** What must agree between the two engines: rule, category, kind and span. */
    static List<String> signatures(List<LanguageMatch> matches) {
        return matches.stream()
                .map(m -> m.ruleId() + " " + m.categoryId() + " " + m.kind() + " [" + m.start() + ", " + m.end() + ")")
                .toList();
    }
}
