package org.statementworkbench.qa.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.qa.SegmentPair;

/**
 * The number checks on the UN's own SDG texts, whose translations are correct: every number issue on them is a false
 * alarm, unless src/test/resources/qa/number/sdg-exceptions.tsv names a defect of the data. Three parts (see
 * {@link Part} for which were held out when). For each of the 30 directed pairs, false
 * alarms must stay at or below 2% of the segments that contain a number (a digit, or a number the reader finds that
 * is not optional, on either side); and a digit changed at random in a number of the target (every digit run of
 * every segment without issues, one mutation each) must be flagged in at least 99% of cases. Prints both tables.
 */
class NumberSdgTest {

    static final double MAX_FALSE_ALARMS = 0.02;
    static final double MIN_DETECTED = 0.99;
    private static final Pattern DIGITS = Pattern.compile("[0-9\\u0660-\\u0669\\u06F0-\\u06F9]+");

    private final NumberCheck check = new NumberCheck();

    /**
     * The parts of the SDG texts, by key (goal-target-indicator). The goals and targets were the tuning set from the
     * start. The indicators were held out; a first blind run on all of them led to a study of the failures of goals
     * 1 to 12 (tuned since), and a second blind run on goals 13 to 17 to a study of those too: no part is unseen now.
     */
    enum Part {
        GOALS_AND_TARGETS("goals and targets (tuned)"),
        INDICATORS_1_TO_12("indicators of goals 1 to 12 (held out for blind run 1, then tuned)"),
        INDICATORS_13_TO_17("indicators of goals 13 to 17 (held out for blind runs 1 and 2, then studied)");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean contains(String key) {
            if (!SdgTexts.indicator(key)) {
                return this == GOALS_AND_TARGETS;
            }
            return (Integer.parseInt(key.split("-")[0]) >= 13) == (this == INDICATORS_13_TO_17)
                    && this != GOALS_AND_TARGETS;
        }
    }

    record Excuse(String key, UnLanguage language, String reason) {}

    record Row(String pair, int withNumbers, int falseAlarms, int excused, int mutations, int detected) {

        double alarmRate() {
            return withNumbers == 0 ? 0 : (double) falseAlarms / withNumbers;
        }

        double detectedRate() {
            return mutations == 0 ? 1 : (double) detected / mutations;
        }
    }

    @Test
    void falseAlarmsStayUnderTwoPerCentAndChangedDigitsAreFlagged() throws IOException {
        List<Excuse> exceptions = exceptions();
        Set<Excuse> used = new HashSet<>();
        SoftAssertions soft = new SoftAssertions();
        SdgTexts all = SdgTexts.load();
        for (Part part : Part.values()) {
            SdgTexts texts = all.only(part::contains);
            List<Row> rows = new ArrayList<>();
            List<String> alarms = new ArrayList<>();
            for (UnLanguage source : UnLanguage.values()) {
                for (UnLanguage target : UnLanguage.values()) {
                    if (source != target) {
                        rows.add(pair(texts, source, target, exceptions, used, alarms));
                    }
                }
            }
            System.out.println(table(part.label(), rows));
            alarms.forEach(a -> System.out.println("  false alarm: " + a));
            for (Row row : rows) {
                soft.assertThat(row.alarmRate())
                        .as(
                                "%s, %s: false alarms %d of %d",
                                part.label(), row.pair(), row.falseAlarms(), row.withNumbers())
                        .isLessThanOrEqualTo(MAX_FALSE_ALARMS);
                soft.assertThat(row.withNumbers())
                        .as("%s, %s: segments with numbers", part.label(), row.pair())
                        .isGreaterThanOrEqualTo(20);
            }
            int mutations = rows.stream().mapToInt(Row::mutations).sum();
            int detected = rows.stream().mapToInt(Row::detected).sum();
            soft.assertThat((double) detected / mutations)
                    .as("%s: changed digits flagged, %d of %d", part.label(), detected, mutations)
                    .isGreaterThanOrEqualTo(MIN_DETECTED);
        }
        soft.assertThat(exceptions).as("exceptions that excuse nothing").allMatch(used::contains);
        soft.assertAll();
    }

    private Row pair(
            SdgTexts texts,
            UnLanguage source,
            UnLanguage target,
            List<Excuse> exceptions,
            Set<Excuse> used,
            List<String> alarms) {
        Random random = new Random(Objects.hash(source.code(), target.code()));
        int withNumbers = 0;
        int falseAlarms = 0;
        int excused = 0;
        int mutations = 0;
        int detected = 0;
        for (Map.Entry<String, Map<UnLanguage, String>> entry : texts.texts().entrySet()) {
            String s = entry.getValue().get(source);
            String t = entry.getValue().get(target);
            if (s == null || t == null) {
                continue;
            }
            if (!hasNumber(source, s) && !hasNumber(target, t)) {
                continue;
            }
            withNumbers++;
            List<Issue> issues = check.check(new SegmentPair(source, s, target, t));
            if (!issues.isEmpty()) {
                Excuse excuse = exceptions.stream()
                        .filter(e ->
                                e.key().equals(entry.getKey()) && (e.language() == source || e.language() == target))
                        .findFirst()
                        .orElse(null);
                if (excuse != null) {
                    used.add(excuse);
                    excused++;
                } else {
                    falseAlarms++;
                    alarms.add(entry.getKey() + " " + source.code() + "-" + target.code() + ": "
                            + issues.stream().map(Issue::describe).toList());
                }
                continue;
            }
            Matcher m = DIGITS.matcher(t);
            while (m.find()) {
                mutations++;
                if (!check.check(new SegmentPair(source, s, target, mutated(t, m, random)))
                        .isEmpty()) {
                    detected++;
                }
            }
        }
        return new Row(source.code() + "-" + target.code(), withNumbers, falseAlarms, excused, mutations, detected);
    }

    /** The text with one digit of the matched run replaced by another digit of the same script. */
    static String mutated(String text, Matcher run, Random random) {
        int at = run.start() + random.nextInt(run.end() - run.start());
        char c = text.charAt(at);
        char zero = c >= '\u06F0' ? '\u06F0' : c >= '\u0660' ? '\u0660' : '0';
        int digit = (c - zero + 1 + random.nextInt(9)) % 10;
        return text.substring(0, at) + (char) (zero + digit) + text.substring(at + 1);
    }

    private static boolean hasNumber(UnLanguage language, String text) {
        return DIGITS.matcher(text).find()
                || NumberReader.of(language).read(text).stream().anyMatch(m -> !m.optional());
    }

    static String table(String part, List<Row> rows) {
        var out = new StringBuilder("Number checks on the SDG texts, " + part + "\n");
        String format = "| %-5s | %9s | %12s | %6s | %7s | %9s | %8s | %7s |%n";
        out.append(String.format(
                Locale.ROOT,
                format,
                "pair",
                "with nums",
                "false alarms",
                "rate",
                "excused",
                "mutations",
                "flagged",
                "rate"));
        out.append(String.format(Locale.ROOT, format, "-----", "---", "---", "---", "---", "---", "---", "---"));
        int n = 0;
        int fa = 0;
        int ex = 0;
        int mu = 0;
        int de = 0;
        for (Row r : rows) {
            out.append(line(format, r));
            n += r.withNumbers();
            fa += r.falseAlarms();
            ex += r.excused();
            mu += r.mutations();
            de += r.detected();
        }
        return out.append(line(format, new Row("all", n, fa, ex, mu, de))).toString();
    }

    private static String line(String format, Row r) {
        return String.format(
                Locale.ROOT,
                format,
                r.pair(),
                r.withNumbers(),
                r.falseAlarms(),
                String.format(Locale.ROOT, "%.1f%%", 100 * r.alarmRate()),
                r.excused(),
                r.mutations(),
                r.detected(),
                String.format(Locale.ROOT, "%.2f%%", 100 * r.detectedRate()));
    }

    static List<Excuse> exceptions() throws IOException {
        List<Excuse> list = new ArrayList<>();
        try (InputStream in = NumberSdgTest.class.getResourceAsStream("/qa/number/sdg-exceptions.tsv")) {
            assertThat(in).as("sdg-exceptions.tsv").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertThat(cells).as("three cells in: %s", line).hasSize(3);
                list.add(new Excuse(cells[0], UnLanguage.ofCode(cells[1]), cells[2]));
            }
        }
        return list;
    }
}
