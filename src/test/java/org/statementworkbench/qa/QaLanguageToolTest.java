package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.languagecheck.ForwardingLanguageChecker;
import org.statementworkbench.languagecheck.LanguageCheckException;
import org.statementworkbench.languagecheck.LanguageChecker;
import org.statementworkbench.languagecheck.LanguageCheckers;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.LanguageToolTestServer;
import org.statementworkbench.languagecheck.RuleSettings;

/**
 * {@code qa --languagetool}: LanguageTool's matches in the targets beside the terminology issues, in one report.
 * French (TSV) and Russian (XLIFF 1.2) UN sentences with a deliberate misspelling ("vot", "резолюцыю"), a correct SDG
 * target or two, a term error and an untranslated unit; in this process and on a real LanguageTool server.
 */
class QaLanguageToolTest {

    static LanguageToolTestServer server;

    @BeforeAll
    static void start() {
        server = LanguageToolTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void frenchTsvGetsTheMisspellingBesideTheTermIssue() throws IOException {
        QaRun run = QaRun.check("lt-en-fr.tsv", "en", "fr", "--checks", "term", "--languagetool");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .isEqualTo(golden("lt-en-fr.tsv.json"))
                .contains("{\"unit\": \"1\", \"check\": \"lt.FR_SPELLING_RULE\", \"severity\": \"error\", "
                        + "\"message\": \"Faute de frappe possible trouvée.\", \"source\": null, \"target\": [49, 52]}")
                .contains("\"check\": \"term.missing\"")
                .endsWith("\"summary\": {\"lt.FR_SPELLING_RULE\": 1, \"term.missing\": 1}\n}\n");
        String target = "L’Assemblée générale a adopté la résolution sans vot.";
        assertThat(target.substring(49, 52)).isEqualTo("vot");
    }

    @Test
    void russianXliffGetsTheMisspellingAtItsPlaceInTheTextWithoutInlineCodes() throws IOException {
        QaRun run = QaRun.check("lt-en-ru.xlf", "en", "ru", "--checks", "term", "--languagetool");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo(golden("lt-en-ru.xlf.json"))
                .contains("{\"unit\": \"ga\", \"check\": \"lt.MORFOLOGIK_RULE_RU_RU\", \"severity\": \"error\", "
                        + "\"message\": \"Возможно найдена орфографическая ошибка.\", \"source\": null, "
                        + "\"target\": [30, 39]}")
                .doesNotContain("\"unit\": \"sdg-");
        assertThat("Генеральная Ассамблея приняла резолюцыю без голосования.".substring(30, 39))
                .isEqualTo("резолюцыю");
    }

    @Test
    void aLanguageToolServerGivesTheSameReports() throws IOException {
        QaRun french =
                QaRun.check("lt-en-fr.tsv", "en", "fr", "--checks", "term", "--languagetool-server", server.url());
        assertThat(french.code()).as(french.err()).isZero();
        assertThat(french.out()).isEqualTo(golden("lt-en-fr.tsv.json"));
        QaRun russian = QaRun.check(
                "lt-en-ru.xlf",
                "en",
                "ru",
                "--languagetool-server=" + LanguageToolTestServer.deadUrl() + "," + server.url());
        assertThat(russian.code()).as(russian.err()).isZero();
        assertThat(russian.out()).isEqualTo(golden("lt-en-ru.xlf.json"));
    }

    @Test
    void withoutTheFlagTheReportHasNoLanguageToolIssues() {
        QaRun run = QaRun.check("lt-en-fr.tsv", "en", "fr", "--checks", "term");
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("\"lt.").contains("\"summary\": {\"term.missing\": 1}");
    }

    @Test
    void aDeadServerStopsTheRunWithOneLine() {
        String dead = LanguageToolTestServer.deadUrl();
        QaRun run = QaRun.check("lt-en-fr.tsv", "en", "fr", "--checks", "term", "--languagetool-server", dead);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("workbench qa: LanguageTool server " + dead + " refused the connection (is it running?)\n");
    }

    @Test
    void htmlReportMarksTheMisspelledWord(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        QaRun run = QaRun.check(
                "lt-en-fr.tsv", "en", "fr", "--languagetool-server", server.url(), "--out", html.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(html))
                .contains("<tr><td><code>lt.FR_SPELLING_RULE</code></td><td>1</td></tr>")
                .contains("la résolution sans <mark class=\"error\" title=\"Faute de frappe possible trouvée.\">"
                        + "vot</mark>.");
    }

    @Test
    void aUnitLanguageToolCannotCheckIsReportedAsNotChecked() {
        try (LanguageChecker remote = remote()) {
            LanguageChecker failingOnOneUnit = new ForwardingLanguageChecker(remote) {
                @Override
                public List<LanguageMatch> check(UnLanguage language, String text, RuleSettings settings) {
                    if (text.contains("pots-de-vin")) {
                        throw new LanguageCheckException(
                                "LanguageTool server " + server.url() + " did not answer within 10 s");
                    }
                    return engine.check(language, text, settings);
                }
            };
            var provider = new LanguageToolIssueProvider(failingOnOneUnit, UnLanguage.FR, 2);
            provider.warmUp();
            List<UnitIssue> issues = provider.check(List.of(
                            new QaUnit("1", "", "L’Assemblée générale a adopté la résolution sans vot."),
                            new QaUnit(
                                    "2",
                                    "",
                                    "Réduire nettement la corruption et la pratique des pots-de-vin sous toutes "
                                            + "leurs formes"),
                            new QaUnit("3", "", "")))
                    .issues();
            assertThat(issues)
                    .extracting(
                            UnitIssue::unit,
                            i -> i.issue().check().toString(),
                            i -> i.issue().severity())
                    .containsExactly(
                            tuple("1", "lt.FR_SPELLING_RULE", Severity.ERROR),
                            tuple("2", "lt.not-checked", Severity.WARNING));
            assertThat(issues.get(1).issue().message())
                    .isEqualTo("LanguageTool could not check this unit: LanguageTool " + "server " + server.url()
                            + " did not answer within 10 s");
            assertThat(issues.get(1).issue().target()).isNull();
        }
    }

    @Test
    void manyUnitsComeBackInUnitOrder() {
        try (LanguageChecker remote = remote()) {
            var provider = new LanguageToolIssueProvider(remote, UnLanguage.FR, 4);
            List<QaUnit> units = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                units.add(
                        new QaUnit(
                                String.valueOf(i),
                                "",
                                i % 3 == 0
                                        ? "L’Assemblée générale a adopté la résolution sans vot."
                                        : "Réduire nettement la corruption et la pratique des pots-de-vin sous toutes leurs formes"));
            }
            List<UnitIssue> issues = provider.check(units).issues();
            assertThat(issues)
                    .extracting(UnitIssue::unit)
                    .containsExactly("3", "6", "9", "12", "15", "18", "21", "24", "27", "30", "33", "36", "39");
            assertThat(Set.copyOf(issues.stream()
                            .map(i -> i.issue().check().toString())
                            .toList()))
                    .containsOnly("lt.FR_SPELLING_RULE");
        }
    }

    /** The test server, waiting long for answers: the machine running the tests may be busy. */
    private static LanguageChecker remote() {
        return LanguageCheckers.forBatch(List.of(URI.create(server.url())), Duration.ofMinutes(2), List.of());
    }

    private static String golden(String name) throws IOException {
        return Files.readString(Path.of(QaRun.FIXTURES, "expected", name), StandardCharsets.UTF_8);
    }
}
