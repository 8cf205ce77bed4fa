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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Span;

/**
 * The good and bad statements of every statement-wide check family: one file per family in
 * {@code src/test/resources/qa/statement-examples/FAMILY.tsv}. A statement starts with
 * {@code statement<TAB>name<TAB>source language<TAB>target languages (comma-separated)}, then one line per segment:
 * {@code key<TAB>expect<TAB>source<TAB>targets...} (one target per target language, in that order), where
 * {@code expect} is {@code ok} or the issues the family must report on that segment as {@code language:check.id},
 * comma-separated, no more and no fewer. A blank line ends a statement; lines starting with {@code #} are comments.
 * Every reported span must lie inside its text, and every message must name something.
 */
class StatementCheckExamplesTest {

    record Example(String file, String name, StatementText statement, Map<String, Set<String>> expected) {
        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    static Stream<Example> examples() throws IOException, URISyntaxException {
        var folder = Path.of(StatementCheckExamplesTest.class
                .getResource("/qa/statement-examples")
                .toURI());
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
        String title = null;
        UnLanguage source = null;
        List<UnLanguage> targets = List.of();
        List<MultilingualSegment> segments = new ArrayList<>();
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (title != null) {
                    assertThat(segments).as("%s: %s has segments", name, title).isNotEmpty();
                    examples.add(new Example(name, title, new StatementText(source, segments), expected));
                }
                title = null;
                segments = new ArrayList<>();
                expected = new LinkedHashMap<>();
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells[0].equals("statement")) {
                assertThat(cells)
                        .as("%s:%d: statement, name, source, targets", name, i + 1)
                        .hasSize(4);
                title = cells[1];
                source = UnLanguage.ofCode(cells[2]);
                targets = Arrays.stream(cells[3].split(","))
                        .map(UnLanguage::ofCode)
                        .toList();
                continue;
            }
            assertThat(title).as("%s:%d follows a statement line", name, i + 1).isNotNull();
            assertThat(cells)
                    .as("%s:%d: key, expect, source and %d targets", name, i + 1, targets.size())
                    .hasSize(3 + targets.size());
            Map<UnLanguage, String> texts = new EnumMap<>(UnLanguage.class);
            for (int t = 0; t < targets.size(); t++) {
                texts.put(targets.get(t), cells[3 + t]);
            }
            segments.add(new MultilingualSegment(cells[0], cells[2], texts));
            expected.put(
                    cells[0], cells[1].equals("ok") ? Set.of() : new TreeSet<>(Arrays.asList(cells[1].split(","))));
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachStatementCheckReportsWhatItsExampleSays(Example example) {
        String family = example.file().substring(0, example.file().length() - ".tsv".length());
        StatementChecks checks = StatementChecks.of(List.of(family));
        assertThat(checks.statementChecks())
                .as("a statement check of family %s", family)
                .isNotEmpty();
        assertThat(checks.segmentChecks()).isEmpty();

        List<StatementIssue> issues = checks.check(example.statement());

        Map<String, Set<String>> reported = new LinkedHashMap<>();
        example.expected().keySet().forEach(key -> reported.put(key, new TreeSet<>()));
        for (StatementIssue found : issues) {
            MultilingualSegment segment = example.statement().segments().stream()
                    .filter(s -> s.key().equals(found.segmentKey()))
                    .findFirst()
                    .orElseThrow();
            reported.get(found.segmentKey())
                    .add(found.language().code() + ":" + found.issue().check());
            assertInside(found.issue().source(), segment.source(), found);
            assertInside(found.issue().target(), segment.targets().getOrDefault(found.language(), ""), found);
            assertThat(found.issue().message()).as("message of %s", found).isNotBlank();
        }
        assertThat(reported).as("%s: %s", example, issues).isEqualTo(example.expected());
    }

    /** The same with every built-in check running (the number check's findings then serve cross-target too). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theFamilyReportsTheSameAmongAllChecks(Example example) {
        String family = example.file().substring(0, example.file().length() - ".tsv".length());

        List<StatementIssue> issues = StatementChecks.all().check(example.statement());

        Map<String, Set<String>> reported = new LinkedHashMap<>();
        example.expected().keySet().forEach(key -> reported.put(key, new TreeSet<>()));
        issues.stream()
                .filter(i -> i.issue().check().isIn(family))
                .forEach(i -> reported.get(i.segmentKey())
                        .add(i.language().code() + ":" + i.issue().check()));
        assertThat(reported).as("%s: %s", example, issues).isEqualTo(example.expected());
    }

    private static void assertInside(@Nullable Span span, String text, StatementIssue issue) {
        if (span != null) {
            assertThat(span.end()).as("span end of %s", issue).isBetween(span.start(), text.length());
        }
    }
}
