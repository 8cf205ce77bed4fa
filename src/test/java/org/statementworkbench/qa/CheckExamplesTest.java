package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;

/**
 * The good and bad examples of every built-in check, LanguageTool style: one file per check family in
 * {@code src/test/resources/qa/examples/FAMILY.tsv}, one example per line: {@code expect<TAB>source
 * language<TAB>target language<TAB>source<TAB>target}, where {@code expect} is {@code ok} (the family reports
 * nothing) or the ids the family must report, comma-separated, no more and no fewer (e.g. {@code number.mismatch}).
 * Lines starting with {@code #} are comments. Every reported span must lie inside its text.
 */
class CheckExamplesTest {

    record Example(String file, int line, Set<String> expected, SegmentPair segment) {
        @Override
        public String toString() {
            return file + ":" + line + " " + segment.sourceLanguage().code() + "-"
                    + segment.targetLanguage().code() + " " + (expected.isEmpty() ? "ok" : expected);
        }
    }

    static Stream<Example> examples() throws IOException, URISyntaxException {
        var folder = Path.of(CheckExamplesTest.class.getResource("/qa/examples").toURI());
        List<Example> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                all.addAll(read(file));
            }
        }
        assertThat(all).as("examples in %s", folder).isNotEmpty();
        return all.stream();
    }

    private static List<Example> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertThat(cells)
                    .as("%s:%d has five tab-separated cells", name, i + 1)
                    .hasSize(5);
            Set<String> expected = cells[0].equals("ok") ? Set.of() : new TreeSet<>(Arrays.asList(cells[0].split(",")));
            examples.add(new Example(
                    name,
                    i + 1,
                    expected,
                    new SegmentPair(language(cells[1]), cells[3], language(cells[2]), cells[4])));
        }
        return examples;
    }

    private static UnLanguage language(String code) {
        return UnLanguage.fromTag(code).orElseThrow(() -> new IllegalArgumentException("not a UN language: " + code));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachCheckReportsWhatItsExampleSays(Example example) {
        String family = example.file().substring(0, example.file().length() - ".tsv".length());
        List<SegmentCheck> checks = BuiltInChecks.of(List.of(family));
        assertThat(checks).as("a built-in check of family %s", family).isNotEmpty();

        List<Issue> issues = BuiltInChecks.check(checks, example.segment());

        Set<String> reported = new TreeSet<>();
        for (Issue issue : issues) {
            reported.add(issue.check().toString());
            assertInside(issue.source(), example.segment().source(), issue);
            assertInside(issue.target(), example.segment().target(), issue);
            assertThat(issue.message()).as("message of %s", issue).isNotBlank();
        }
        assertThat(reported).as("%s: %s", example, issues).isEqualTo(example.expected());
    }

    private static void assertInside(@Nullable Span span, String text, Issue issue) {
        if (span != null) {
            assertThat(span.start()).as("span start of %s", issue).isBetween(0, text.length());
            assertThat(span.end()).as("span end of %s", issue).isBetween(span.start(), text.length());
        }
    }
}
