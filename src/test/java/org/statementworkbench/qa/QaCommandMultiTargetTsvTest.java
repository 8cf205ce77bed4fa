package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * Multi-target TSV in {@code ./workbench qa}: a header row of language codes, one column per language, makes the
 * columns other than the source and target the cross-target witnesses, as a TMX's other tuvs are. The lines are SDG
 * targets 3.1, 3.2, 10.c and 12.3 in the six languages as the UN publishes them (aligned by key), with "70" made
 * "90" in the French of 3.1. Bad headers and rows are refused with exit code 2 and one line.
 */
class QaCommandMultiTargetTsvTest {

    static final List<String> KEYS = List.of("3-1-title", "3-2-title", "10-c-title", "12-3-title");
    static final List<String> COLUMNS = List.of("en", "fr", "es", "ar", "ru", "zh");
    static final SdgCorpus SDG = SdgCorpus.load(SdgCorpus.defaultLocation());

    @TempDir
    Path dir;

    /** The SDG lines in {@code columns}, the French of 3.1 with a changed number; with a header row or without. */
    private Path tsv(String name, List<String> columns, boolean header) throws IOException {
        UnaryOperator<String> text = s -> s.strip().replaceAll("\\s+", " ");
        String lines = KEYS.stream()
                .map(k -> columns.stream()
                        .map(l -> {
                            String t = text.apply(SDG.text(k, l));
                            return k.equals("3-1-title") && l.equals("fr") ? changed(t) : t;
                        })
                        .collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n", header ? String.join("\t", columns) + "\n" : "", "\n"));
        Path file = dir.resolve(name);
        Files.writeString(file, lines);
        return file;
    }

    private static String changed(String french) {
        assertThat(french).contains("au-dessous de 70 pour 100 000");
        return french.replace("au-dessous de 70 pour", "au-dessous de 90 pour");
    }

    private static QaRun run(Path input, String source, String target, String... checks) {
        String[] args = {"--source-lang", source, "--target-lang", target, "--input", input.toString()};
        return QaRun.of(
                checks.length == 0
                        ? args
                        : java.util.stream.Stream.concat(
                                        java.util.Arrays.stream(args),
                                        java.util.stream.Stream.of("--checks", checks[0]))
                                .toArray(String[]::new));
    }

    @Test
    void theOtherLanguageColumnsAreWitnessesOfCrossTargetNumber() throws IOException {
        Path six = tsv("sdg-six.tsv", COLUMNS, true);
        QaRun fr = run(six, "en", "fr", "cross-target");
        assertThat(fr.err()).isEmpty();
        assertThat(fr.code()).isZero();
        // line 1 is the header: 3.1 is line 2
        assertThat(fr.out())
                .contains("{\"unit\": \"2\", \"check\": \"cross-target.number\", \"severity\": \"warning\"")
                .contains("agree with it")
                .contains("\"summary\": {\"cross-target.number\": 1}");
        // the number checks still see the same French, and the Spanish, which agrees, is not flagged
        assertThat(run(six, "en", "fr").out()).contains("\"unit\": \"2\", \"check\": \"number.");
        QaRun es = run(six, "en", "es", "cross-target,number");
        assertThat(es.code()).isZero();
        assertThat(es.out()).contains("\"issues\": [],").contains("\"summary\": {}");
    }

    @Test
    void theColumnsMayComeInAnyOrderAndTheSourceNeedNotBeFirst() throws IOException {
        Path file = tsv("sdg-order.tsv", List.of("zh", "ru", "fr", "ar", "es", "en"), true);
        QaRun fr = run(file, "en", "fr-FR", "cross-target");
        assertThat(fr.code()).isZero();
        assertThat(fr.out()).contains("{\"unit\": \"2\", \"check\": \"cross-target.number\"");
    }

    @Test
    void aTwoColumnFileWithoutHeaderIsReadAsBeforeAndHasNoWitnesses() throws IOException {
        Path two = tsv("sdg-en-fr.tsv", List.of("en", "fr"), false);
        QaRun fr = run(two, "en", "fr", "cross-target,number");
        assertThat(fr.code()).isZero();
        // 3.1 is line 1 now; without other languages cross-target has nothing to go on, the number check finds it
        assertThat(fr.out()).contains("{\"unit\": \"1\", \"check\": \"number.").doesNotContain("cross-target.number");
        // a two-column header works too: the units are the lines after it
        Path headed = tsv("sdg-en-fr-header.tsv", List.of("en", "fr"), true);
        assertThat(run(headed, "en", "fr", "number").out())
                .contains("{\"unit\": \"2\", \"check\": \"number.")
                .doesNotContain("\"unit\": \"1\"");
        assertThat(TsvInput.isHeader("End poverty in all its forms everywhere\tÉliminer la pauvreté".split("\t")))
                .isFalse();
        assertThat(TsvInput.isHeader("Goals\tObjectifs".split("\t"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown language code   | en\tfr\tde\tes        | 3     | bad.tsv: line 1, column 3: unknown language code 'de' in the header; the columns are UN languages (ar, zh, en, fr, ru, es)
            duplicate column        | en\tfr\tes\ten-GB     | 4     | bad.tsv: line 1, column 4: 'en-GB' repeats column 1 (en) in the header; one column per language
            no target column        | en\tes\tar             | 3     | bad.tsv: the header has no column for the target language fr; its columns are en, es, ar
            row of too few columns  | en\tfr\tes             | 2     | bad.tsv: line 3 has 2 tab-separated fields; the header names 3 languages
            row of too many columns | en\tfr\tes             | 4     | bad.tsv: line 3 has 4 tab-separated fields; the header names 3 languages
            """)
    void badHeadersAndRowsExitWithTwoAndOneLine(String what, String header, int secondRowFields, String message)
            throws IOException {
        String h = header.replace("\\t", "\t");
        int columns = h.split("\t").length;
        String good = String.join("\t", java.util.Collections.nCopies(columns, "By 2030"));
        String second = String.join("\t", java.util.Collections.nCopies(secondRowFields, "By 2030"));
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, h + "\n" + good + "\n" + second + "\n");
        QaRun run = run(file, "en", "fr");
        assertThat(run.code()).as(what).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).as(what).isEqualTo("workbench qa: " + dir + "/" + message.strip());
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
