package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The QA command's choice of checks ({@code --checks}, no glossary) and its pipeline gate ({@code --fail-on}). */
class QaCommandChecksTest {

    @TempDir
    Path dir;

    @Test
    void failOnExitsWithOneWhenAnIssueOfThatSeverityOrWorseIsFoundAndStillWritesTheReport() throws IOException {
        // en-fr.tsv: two term errors (term.missing, term.forbidden), no warning
        Path report = dir.resolve("report.json");
        QaRun errors = QaRun.check(
                "en-fr.tsv", "en", "fr", "--checks", "term", "--fail-on", "error", "--out", report.toString());
        assertThat(errors.code()).as(errors.err()).isEqualTo(1);
        assertThat(errors.err()).isEmpty();
        assertThat(Files.readString(report)).contains("\"check\": \"term.missing\"");

        QaRun warnings = QaRun.check("en-fr.tsv", "en", "fr", "--checks", "term", "--fail-on", "WARNING");
        assertThat(warnings.code()).isEqualTo(1);
        assertThat(warnings.out()).contains("\"check\": \"term.forbidden\"");
    }

    @Test
    void failOnExitsWithZeroWhenNothingReachesItsSeverity() throws IOException {
        Path clean = dir.resolve("clean.tsv");
        Files.writeString(
                clean,
                "The Security Council adopted the resolution.\tLe Conseil de sécurité a adopté la résolution.\n",
                StandardCharsets.UTF_8);
        QaRun run = QaRun.check(clean.toString(), "en", "fr", "--checks", "term", "--fail-on", "info");
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("\"issues\": []").contains("\"termHits\": 2");
        // without --fail-on a file with errors still exits 0: the report is the result
        assertThat(QaRun.check("en-fr.tsv", "en", "fr", "--checks", "term").code())
                .isZero();
    }

    @Test
    void chosenChecksOnlyRunAndTheTermChecksNeedAGlossary() {
        QaRun run = QaRun.check("en-fr.tsv", "en", "fr", "--checks", "term,term");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("term.missing");

        assertError(
                QaRun.of(
                        "--source-lang",
                        "en",
                        "--target-lang",
                        "fr",
                        "--input",
                        QaRun.FIXTURES + "en-fr.tsv",
                        "--checks",
                        "term"),
                "the term checks need --glossary FILE");
        assertError(
                QaRun.check("en-fr.tsv", "en", "fr", "--checks", "term,spelling"),
                "--checks takes a " + "comma-separated list of term");
        assertError(
                QaRun.check("en-fr.tsv", "en", "fr", "--fail-on", "fatal"),
                "--fail-on must be error, warning or info, not fatal");
    }

    @Test
    void withoutAGlossaryOutsideTheSixLanguagesThereIsNothingToCheck() {
        assertError(
                QaRun.of("--source-lang", "en", "--target-lang", "de", "--input", QaRun.FIXTURES + "en-fr.tsv"),
                "nothing to check: give --glossary FILE");
    }

    @Test
    void helpNamesTheNewOptions() {
        assertThat(QaRun.of("--help").out()).contains("--checks F[,F...]").contains("--fail-on S");
    }

    private static void assertError(QaRun run, String message) {
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("workbench qa: ").contains(message);
    }
}
