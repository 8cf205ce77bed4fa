package org.statementworkbench.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.statement.SegmentText;

/**
 * The terminology report of the demo statement (src/main/resources/demo), as the report service makes it: every
 * segment of each draft checked against the shipped glossary, then term.inconsistent across the statement. The
 * drafts are correct UN translations, so they raise no term issue except where the source itself uses a deprecated
 * term.
 */
class DemoTerminologyReportTest {

    private static final String RESOURCE = "/demo/thailand-ccpcj31-cybercrime.%s.txt";

    /** The demo text's segments: its non-blank lines, formatting markers removed. */
    static List<String> segments(String language) {
        try (InputStream in = DemoTerminologyReportTest.class.getResourceAsStream(RESOURCE.formatted(language))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return text.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .map(SegmentText::plain)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every term issue of the draft, as "segment: check: message". */
    static List<String> report(String language) {
        TermChecker checker = ShippedTerms.get().checker("en", language);
        List<String> source = segments("en");
        List<String> target = segments(language);
        assertThat(target).hasSameSizeAs(source);
        List<String> issues = new ArrayList<>();
        List<List<TermHit>> targetHits = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            TermChecker.SegmentResult result = checker.check(source.get(i), target.get(i));
            for (Issue issue : result.issues()) {
                issues.add((i + 1) + ": " + issue.check() + ": " + issue.message());
            }
            targetHits.add(result.targetHits());
        }
        TermChecker.inconsistencies(targetHits)
                .forEach((i, found) ->
                        found.forEach(issue -> issues.add((i + 1) + ": " + issue.check() + ": " + issue.message())));
        return issues;
    }

    /**
     * The speaker says "child pornography" (segment 18): the source uses a deprecated term, which term.source-deprecated
     * reports, and the drafts render it faithfully with its deprecated equivalent, which term.forbidden reports. These
     * are real issues of the source, the only ones left.
     */
    private static boolean deprecatedInTheSource(String issue) {
        return issue.startsWith("18: term.source-deprecated: “child pornography”")
                || issue.startsWith("18: term.forbidden: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void theDemoDraftsRaiseNoTermIssue(String language) {
        List<String> issues = report(language);
        System.out.println("demo terminology report en->" + language + ": " + issues.size() + " issues");
        issues.forEach(i -> System.out.println("  " + i));
        assertThat(issues)
                .as("term issues of the %s draft", language)
                .hasSize(2)
                .allMatch(DemoTerminologyReportTest::deprecatedInTheSource);
    }
}
