package org.statementworkbench.qa.statementwide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.qa.MultilingualSegment;
import org.statementworkbench.qa.SegmentPair;
import org.statementworkbench.qa.StatementIssue;
import org.statementworkbench.qa.StatementText;
import org.statementworkbench.qa.number.NumberCheck;

/**
 * The statement-wide checks on the UN's SDG texts, one statement per source language (each of the six, translated
 * into the other five). Every {@code inconsistent.*} issue must be explained by a reviewed inconsistency of the data
 * (src/test/resources/qa/statementwide/sdg-reviewed.tsv), and every {@code cross-target.number} issue by a number
 * defect of the data (src/test/resources/qa/number/sdg-exceptions.tsv) or stay at or below 2% of the segments of its
 * pair. Three runs: goals 1 to 12, goals 13 to 17 (each a statement of its own) and all goals (so that indicators
 * repeated across the two parts, 1.5.1 = 13.1.1, are compared). Honestly: the findings of all three were looked at
 * when the normalisation was chosen (Arabic vowel marks and tatweel ignored) and the reviewed list written, so none
 * is a blind run; the held-out measure of the checks is the number checks' (NumberSdgTest). And a digit changed
 * in one translation of a segment whose translations all agree with the source (the number checks find nothing) must be flagged by
 * {@code cross-target.number} in at least 99% of cases. Prints the tables.
 */
class SdgStatementChecksTest {

    private static final double MAX_CROSS_TARGET_ALARMS = 0.02;
    private static final double MIN_DETECTED = 0.99;
    private static final NumberCheck NUMBERS = new NumberCheck();
    private static final Pattern DIGITS = Pattern.compile("[0-9\\u0660-\\u0669]+");

    record Reviewed(Set<String> keys, UnLanguage language, String reason) {}

    record Row(String pair, int segments, int inconsistent, int unexplained, int crossTarget, int unexcused) {}

    @Test
    void everyFindingIsAReviewedDefectOfTheData() throws IOException {
        List<Reviewed> reviewed = reviewed();
        List<Reviewed> exceptions = numberExceptions();
        Set<Reviewed> used = new HashSet<>();
        SoftAssertions soft = new SoftAssertions();
        Map<String, IntPredicate> parts = new LinkedHashMap<>();
        parts.put("goals 1 to 12", g -> g <= 12);
        parts.put("goals 13 to 17", g -> g >= 13);
        parts.put("all goals (repeats across the two parts compared)", g -> true);
        for (Map.Entry<String, IntPredicate> part : parts.entrySet()) {
            IntPredicate goals = part.getValue();
            List<Row> rows = new ArrayList<>();
            for (UnLanguage source : UnLanguage.values()) {
                StatementText statement = SdgStatement.of(source, key -> goals.test(SdgStatement.goal(key)));
                List<StatementIssue> inconsistent = new InconsistencyCheck().check(statement);
                List<StatementIssue> crossTarget = new CrossTargetNumberCheck().check(statement);
                for (UnLanguage target : UnLanguage.values()) {
                    if (target == source) {
                        continue;
                    }
                    int found = 0;
                    int unexplained = 0;
                    for (StatementIssue issue : of(inconsistent, target)) {
                        found++;
                        List<Reviewed> why = explanations(reviewed, issue.segmentKey(), source, target);
                        if (why.isEmpty()) {
                            unexplained++;
                            System.out.println("  unexplained: " + source.code() + "-" + target.code() + " "
                                    + issue.segmentKey() + " " + issue.issue().describe());
                        }
                        used.addAll(why);
                    }
                    int cross = 0;
                    int unexcused = 0;
                    for (StatementIssue issue : of(crossTarget, target)) {
                        cross++;
                        if (explanations(exceptions, issue.segmentKey(), source, target)
                                .isEmpty()) {
                            unexcused++;
                            System.out.println("  cross-target false alarm: " + source.code() + "-" + target.code()
                                    + " " + issue.segmentKey() + " "
                                    + issue.issue().describe());
                        }
                    }
                    Row row = new Row(
                            source.code() + "-" + target.code(),
                            statement.segments().size(),
                            found,
                            unexplained,
                            cross,
                            unexcused);
                    rows.add(row);
                    soft.assertThat(row.unexplained())
                            .as("%s: inconsistent.* issues no reviewed line explains", row.pair())
                            .isZero();
                    soft.assertThat((double) row.unexcused() / row.segments())
                            .as("%s: cross-target.number false alarms", row.pair())
                            .isLessThanOrEqualTo(MAX_CROSS_TARGET_ALARMS);
                }
            }
            System.out.println(table(part.getKey(), rows));
        }
        soft.assertThat(reviewed).as("reviewed lines that explain nothing").allMatch(used::contains);
        soft.assertAll();
    }

    @Test
    void aChangedDigitInOneTranslationIsFlaggedAcrossTargets() {
        CrossTargetNumberCheck check = new CrossTargetNumberCheck();
        int mutations = 0;
        int detected = 0;
        for (UnLanguage source : UnLanguage.values()) {
            StatementText statement = SdgStatement.of(source, key -> true);
            Random random = new Random(source.ordinal());
            for (MultilingualSegment segment : statement.segments()) {
                if (segment.targets().size() < 5 || !allAgree(source, segment)) {
                    continue;
                }
                for (Map.Entry<UnLanguage, String> target : segment.targets().entrySet()) {
                    Matcher run = DIGITS.matcher(target.getValue());
                    if (!run.find()) {
                        continue;
                    }
                    Map<UnLanguage, String> targets = new EnumMap<>(segment.targets());
                    targets.put(target.getKey(), mutated(target.getValue(), run, random));
                    List<StatementIssue> issues = check.check(new StatementText(
                            source, List.of(new MultilingualSegment(segment.key(), segment.source(), targets))));
                    mutations++;
                    if (issues.stream().anyMatch(i -> i.language() == target.getKey())) {
                        detected++;
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "cross-target.number on the SDG texts: %d of %d changed digits flagged (%.2f%%)%n",
                detected,
                mutations,
                100.0 * detected / mutations);
        assertThat(mutations).isGreaterThan(1000);
        assertThat((double) detected / mutations).isGreaterThanOrEqualTo(MIN_DETECTED);
    }

    /** Whether the number checks find nothing in any translation of the segment. */
    private static boolean allAgree(UnLanguage source, MultilingualSegment segment) {
        return segment.targets().entrySet().stream()
                .allMatch(t -> NUMBERS.check(new SegmentPair(source, segment.source(), t.getKey(), t.getValue()))
                        .isEmpty());
    }

    private static List<StatementIssue> of(List<StatementIssue> issues, UnLanguage language) {
        return issues.stream().filter(i -> i.language() == language).toList();
    }

    private static List<Reviewed> explanations(List<Reviewed> lines, String key, UnLanguage source, UnLanguage target) {
        return lines.stream()
                .filter(r -> r.keys().contains(key) && (r.language() == source || r.language() == target))
                .toList();
    }

    /** The first digit run's digit at a random place, replaced by another digit of the same script. */
    private static String mutated(String text, Matcher run, Random random) {
        int at = run.start() + random.nextInt(run.end() - run.start());
        char c = text.charAt(at);
        char zero = c >= '\u0660' ? '\u0660' : '0';
        int digit = (c - zero + 1 + random.nextInt(9)) % 10;
        return text.substring(0, at) + (char) (zero + digit) + text.substring(at + 1);
    }

    private static String table(String part, List<Row> rows) {
        var out = new StringBuilder("Statement-wide checks on the SDG texts, " + part + "\n");
        String format = "| %-5s | %8s | %12s | %11s | %12s | %9s |%n";
        out.append(String.format(
                Locale.ROOT, format, "pair", "segments", "inconsistent", "unexplained", "cross-target", "unexcused"));
        out.append(String.format(Locale.ROOT, format, "-----", "---", "---", "---", "---", "---"));
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    format,
                    r.pair(),
                    r.segments(),
                    r.inconsistent(),
                    r.unexplained(),
                    r.crossTarget(),
                    r.unexcused()));
        }
        return out.toString();
    }

    private static List<Reviewed> reviewed() throws IOException {
        return read("/qa/statementwide/sdg-reviewed.tsv");
    }

    /** The number defects of the SDG data, read by the number checks' own SDG test too. */
    private static List<Reviewed> numberExceptions() throws IOException {
        return read("/qa/number/sdg-exceptions.tsv");
    }

    private static List<Reviewed> read(String resource) throws IOException {
        List<Reviewed> list = new ArrayList<>();
        try (InputStream in = SdgStatementChecksTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertThat(cells).as("three cells in: %s", line).hasSize(3);
                list.add(new Reviewed(Set.of(cells[0].split(",")), UnLanguage.ofCode(cells[1]), cells[2]));
            }
        }
        return list;
    }
}
