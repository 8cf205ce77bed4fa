package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The QA command on one file per input format (real UN sentences, the shipped glossary), compared with golden
 * reports under src/test/resources/qa/expected: a correct unit, Security Council rendered as "Le Conseil"
 * (term.missing), "pornographie mettant en scène des enfants" (deprecated, term.forbidden), SDG targets.
 */
class QaCommandGoldenTest {

    @ParameterizedTest(name = "{0} {1}->{2}")
    @CsvSource({
        "en-fr.tsv, en, fr, en-fr.tsv.json",
        "en-fr.xlf, en, fr, en-fr.xlf.json",
        "en-fr.xliff, en, fr, en-fr.xliff.json",
        "en-fr-ru.tmx, en, fr, en-fr-ru.tmx.en-fr.json",
        "en-fr-ru.tmx, en, ru, en-fr-ru.tmx.en-ru.json"
    })
    void jsonReportMatchesTheGoldenFile(String input, String source, String target, String expected)
            throws IOException {
        QaRun run = QaRun.check(input, source, target);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(golden(expected));
    }

    @Test
    void tsvReportHasTheExactShapeAndCounts() {
        QaRun run = QaRun.check("en-fr.tsv", "en", "fr");
        assertThat(run.code()).isZero();
        // line 4 is blank: units keep their line numbers
        assertThat(run.out())
                .startsWith("{\n  \"units\": 5,\n  \"termHits\": 8,\n  \"issues\": [\n")
                .contains("{\"unit\": \"2\", \"check\": \"term.missing\", \"severity\": \"error\", \"message\": "
                        + "\"“Security Council” should be translated as “Conseil de sécurité”.\", "
                        + "\"source\": [4, 20], \"target\": null}")
                .contains("{\"unit\": \"3\", \"check\": \"term.forbidden\", \"severity\": \"error\", \"message\": "
                        + "\"“pornographie mettant en scène des enfants” is deprecated: use “contenus montrant des "
                        + "atteintes sexuelles sur des enfants”.\", \"source\": null, \"target\": [27, 68]}")
                // lines 1 and 2: the same source, two translations (the units of a file are one statement)
                .contains("{\"unit\": \"2\", \"check\": \"inconsistent.target\", \"severity\": \"warning\", "
                        + "\"message\": \"The same source is translated differently in segment 1: “Le Conseil de "
                        + "sécurité a adopté la résolution.”.\", \"source\": null, \"target\": [0, 34]}")
                .endsWith(
                        "  \"summary\": {\"inconsistent.target\": 1, \"term.forbidden\": 1, \"term.missing\": 1}\n}\n");
    }

    @Test
    void inlineMarkupKeepsTextAndDropsCodesSoAllFormatsAgree() {
        // the same sentences with <g>, <bpt>/<ept>, <mrk>, <ph>, <pc>, <sc>/<ec>, <hi>, <cp>: same spans
        for (String input : new String[] {"en-fr.xlf", "en-fr.xliff", "en-fr-ru.tmx"}) {
            assertThat(QaRun.check(input, "en", "fr").out())
                    .as(input)
                    .contains("\"source\": [4, 20]")
                    .contains("\"target\": [27, 68]");
        }
        assertThat(QaRun.check("en-fr.xliff", "en", "fr").out())
                .contains("\"unit\": \"u1/s2\"")
                .doesNotContain("\"unit\": \"u1/s1\"")
                .contains("\"units\": 4");
    }

    @Test
    void csvReportMatchesTheGoldenFile() throws IOException {
        QaRun run = QaRun.check("en-fr.xlf", "en", "fr", "--format", "csv");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .isEqualTo(golden("en-fr.xlf.csv"))
                .startsWith(CsvReport.HEADER + "\r\n")
                .contains("\r\np4,term.source-deprecated,info,“child pornography” is deprecated: use “child sexual "
                        + "abuse material”.,59,76,,\r\n");
    }

    @Test
    void htmlReportMarksTheFlaggedWords(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("report.html");
        QaRun run = QaRun.check("en-fr.xlf", "en", "fr", "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        String html = Files.readString(out);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<style>")
                .doesNotContain("<script", "<link")
                .contains("5 units, 7 term hits, 5 issues.")
                .contains("<tr><td><code>term.missing</code></td><td>1</td></tr>")
                .contains("<tr><td><code>text.untranslated</code></td><td>1</td></tr>")
                .contains("The <mark class=\"error\" title=\"“Security Council” should be translated as “Conseil "
                        + "de sécurité”.\">Security Council</mark> adopted the resolution.")
                .contains("la <mark class=\"error\" title=\"“pornographie mettant en scène des enfants” is "
                        + "deprecated: use “contenus montrant des atteintes sexuelles sur des enfants”.\">"
                        + "pornographie mettant en scène des enfants</mark> augmentent.")
                .contains("<h2>Unit p4</h2>")
                .contains("not translated")
                .doesNotContain("<h2>Unit p1</h2>");
    }

    @Test
    void htmlEscapesTheText(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("x.tsv");
        Files.writeString(tsv, "<b>The Security Council</b> & \"co\"\t<script>alert(1)</script> Le Conseil\n");
        String html =
                QaRun.check(tsv.toString(), "en", "fr", "--format", "html").out();
        assertThat(html)
                .doesNotContain("<script>", "<b>")
                .contains(
                        "&lt;b&gt;The <mark class=\"error\"",
                        "&lt;/b&gt; &amp; &quot;co&quot;",
                        "&lt;script&gt;alert(1)&lt;/script&gt; Le Conseil");
    }

    @Test
    void csvGlossaryAndTbxGiveTheSameReport() {
        String tbx = QaRun.check("en-fr.tsv", "en", "fr").out();
        QaRun csv = QaRun.withGlossary("glossary/un-glossary.csv", "en-fr.tsv", "en", "fr");
        assertThat(csv.code()).isZero();
        assertThat(csv.out()).isEqualTo(tbx);
    }

    @Test
    void tbxVersion2GlossaryIsRead(@TempDir Path dir) throws IOException {
        Path tbx = dir.resolve("v2.tbx");
        Files.writeString(tbx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX" xml:lang="en"><text><body>
                <termEntry id="sc"><langSet xml:lang="en"><tig><term>Security Council</term></tig></langSet>
                <langSet xml:lang="fr"><tig><term>Conseil de sécurité</term></tig></langSet></termEntry>
                </body></text></martif>
                """);
        QaRun run = QaRun.withGlossary(tbx.toString(), "en-fr.tsv", "en", "fr");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("\"termHits\": 2,")
                .contains("\"summary\": {\"inconsistent.target\": 1, \"term.missing\": 1}");
    }

    @Test
    void outFileExtensionChoosesTheFormatUnlessFormatIsGiven(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("r.csv");
        assertThat(QaRun.check("en-fr.tsv", "en", "fr", "--out=" + csv).code()).isZero();
        assertThat(Files.readString(csv)).startsWith(CsvReport.HEADER);
        Path txt = dir.resolve("r.csv.txt");
        assertThat(QaRun.check("en-fr.tsv", "en", "fr", "--out", txt.toString(), "--format", "JSON")
                        .code())
                .isZero();
        assertThat(Files.readString(txt)).startsWith("{");
    }

    @Test
    void helpIsPrintedOnStdout() {
        QaRun run = QaRun.of("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith(QaCommand.USAGE).contains("--format F");
    }

    private static String golden(String name) throws IOException {
        return Files.readString(Path.of(QaRun.FIXTURES, "expected", name), StandardCharsets.UTF_8);
    }
}
