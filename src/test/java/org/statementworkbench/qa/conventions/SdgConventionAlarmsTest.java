package org.statementworkbench.qa.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.qa.BuiltInChecks;
import org.statementworkbench.qa.SegmentCheck;
import org.statementworkbench.qa.SegmentPair;

/**
 * A measurement kept as a test: the convention checks over the SDG texts (real UN translations, NFC and stripped as
 * the import stores segments) in all 30 directed language pairs. The checks were tuned on the goals and targets (203
 * segments per pair) and not on the indicators (252 per pair), which are held out. Prints, per part, pair and family,
 * the segments with a false alarm and, apart, those whose alarms point at a slip of the SDG text itself
 * ({@link #DATA_SLIPS}: the checks are right there and are not weakened).
 *
 * <p>Limits: no false alarm at all on the tuned part (the checks were made to pass it, so one more is a regression),
 * and at most 1% of the segments of a pair per family on the held-out part (2 of 252): a check that misreads a
 * convention misreads it in many segments, far above that, while a single odd sentence stays under it. Measured
 * 2026-12-02: no false alarm in either part.
 */
class SdgConventionAlarmsTest {

    static final List<String> FAMILIES = List.of("symbol", "punct", "space", "text", "marker");
    static final double HELD_OUT_LIMIT = 0.01;

    /**
     * An alarm the SDG text deserves: the data breaks the convention, the check is right. It names the check, the
     * target language and the key where it is one of them only, and the characters the flagged target text is made
     * of (any, when empty).
     */
    record Slip(
            String check,
            @Nullable UnLanguage target,
            @Nullable String key,
            String flagged,
            String reason) {
        boolean explains(String key, UnLanguage target, Issue issue, String targetText) {
            Span span = issue.target();
            return issue.check().toString().equals(check)
                    && (this.target == null || this.target == target)
                    && (this.key == null || this.key.equals(key))
                    && (flagged.isEmpty()
                            || (span != null && span.of(targetText).chars().allMatch(c -> flagged.indexOf(c) >= 0)));
        }
    }

    static final List<Slip> DATA_SLIPS = List.of(
            new Slip(
                    "punct.fullwidth",
                    UnLanguage.ZH,
                    null,
                    ",;:()",
                    "the SDG Chinese writes ASCII , ; : ( ) throughout and never the full-width ，；：（）"),
            new Slip(
                    "space.double",
                    null,
                    null,
                    " \u00A0",
                    "spaces typed twice in the SDG text: 32 Russian indicators, 5 Arabic targets, French goal 4"),
            new Slip(
                    "punct.unbalanced",
                    UnLanguage.FR,
                    "2-2-2-title",
                    "(",
                    "the French indicator 2.2.2 never closes the parenthesis it opens after “malnutrition”"));

    /** Segments of one pair and family: with a false alarm, and with alarms that are all data slips. */
    record Tally(int segments, int falseAlarms, int slips, List<String> examples) {}

    static SdgCorpus sdg;
    static Map<String, Map<String, Tally>> tuned;
    static Map<String, Map<String, Tally>> heldOut;

    @BeforeAll
    static void run() {
        sdg = SdgCorpus.load(SdgCorpus.defaultLocation());
        tuned = tally(key -> !isIndicator(key));
        heldOut = tally(SdgConventionAlarmsTest::isIndicator);
    }

    /** Goals are {@code 1-title}, targets {@code 1-1-title}, indicators {@code 1-1-1-title}. */
    static boolean isIndicator(String key) {
        return key.split("-").length == 4;
    }

    @Test
    void theTunedGoalsAndTargetsRaiseNoFalseAlarm() {
        print("tuned: goals and targets", tuned);
        forEach(
                tuned,
                (pair, family, tally) -> assertThat(tally.falseAlarms())
                        .as("false alarms of %s in %s (goals and targets): %s", family, pair, tally.examples())
                        .isZero());
    }

    @Test
    void theHeldOutIndicatorsRaiseFewFalseAlarms() {
        print("held out: indicators", heldOut);
        forEach(
                heldOut,
                (pair, family, tally) -> assertThat((double) tally.falseAlarms())
                        .as("false alarms of %s in %s (indicators): %s", family, pair, tally.examples())
                        .isLessThanOrEqualTo(HELD_OUT_LIMIT * tally.segments()));
    }

    @Test
    void everyListedDataSlipIsStillFound() {
        for (Slip slip : DATA_SLIPS) {
            String family = slip.check().substring(0, slip.check().indexOf('.'));
            int found = 0;
            for (var part : List.of(tuned, heldOut)) {
                for (Map<String, Tally> families : part.values()) {
                    found += families.get(family).slips();
                }
            }
            assertThat(found).as("segments explained by %s", slip).isPositive();
        }
    }

    /** The premise of the Chinese slip: the SDG Chinese has no full-width ，；：（） at all, and their ASCII forms. */
    @Test
    void theSdgChineseUsesAsciiPunctuation() {
        int withAscii = 0;
        for (String key : sdg.sentences().keySet()) {
            String zh = sdg.text(key, "zh");
            assertThat(zh).as(key).doesNotContain("，", "；", "：", "（", "）");
            withAscii += zh.matches("(?s).*[,;:()].*") ? 1 : 0;
        }
        assertThat(withAscii).isGreaterThan(sdg.sentences().size() / 2);
    }

    private static Map<String, Map<String, Tally>> tally(Predicate<String> keys) {
        Map<String, Map<String, Tally>> result = new LinkedHashMap<>();
        for (UnLanguage from : UnLanguage.values()) {
            for (UnLanguage to : UnLanguage.values()) {
                if (from != to) {
                    Map<String, Tally> families = new LinkedHashMap<>();
                    for (String family : FAMILIES) {
                        families.put(family, tally(from, to, BuiltInChecks.of(List.of(family)), keys));
                    }
                    result.put(from.code() + "→" + to.code(), families);
                }
            }
        }
        return result;
    }

    private static Tally tally(UnLanguage from, UnLanguage to, List<SegmentCheck> checks, Predicate<String> keys) {
        int segments = 0;
        int falseAlarms = 0;
        int slips = 0;
        List<String> examples = new ArrayList<>();
        for (String key : sdg.sentences().keySet()) {
            String source = text(key, from);
            String target = text(key, to);
            if (!keys.test(key) || source.isEmpty() || target.isEmpty()) {
                continue;
            }
            segments++;
            List<Issue> issues = BuiltInChecks.check(checks, new SegmentPair(from, source, to, target));
            List<Issue> unexplained = issues.stream()
                    .filter(issue -> DATA_SLIPS.stream().noneMatch(slip -> slip.explains(key, to, issue, target)))
                    .toList();
            if (!unexplained.isEmpty()) {
                falseAlarms++;
                if (examples.size() < 3) {
                    examples.add(key + " " + unexplained.getFirst().describe());
                }
            } else if (!issues.isEmpty()) {
                slips++;
            }
        }
        return new Tally(segments, falseAlarms, slips, examples);
    }

    private static String text(String key, UnLanguage language) {
        return Normalizer.normalize(sdg.text(key, language.code()), Normalizer.Form.NFC)
                .strip();
    }

    private interface TallyTest {
        void accept(String pair, String family, Tally tally);
    }

    private static void forEach(Map<String, Map<String, Tally>> part, TallyTest test) {
        part.forEach((pair, families) -> families.forEach((family, tally) -> test.accept(pair, family, tally)));
    }

    /** One line per pair: segments, then per family the false alarms and (after +) the data slips. */
    private static void print(String title, Map<String, Map<String, Tally>> part) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nSDG %s%n%-7s %5s", title, "pair", "segs"));
        FAMILIES.forEach(f -> out.append(String.format(Locale.ROOT, " %10s", f)));
        out.append("   (false alarms + data slips)\n");
        int[] falseAlarms = new int[FAMILIES.size()];
        int[] slips = new int[FAMILIES.size()];
        part.forEach((pair, families) -> {
            out.append(String.format(
                    Locale.ROOT, "%-7s %5d", pair, families.get("symbol").segments()));
            for (int f = 0; f < FAMILIES.size(); f++) {
                Tally tally = families.get(FAMILIES.get(f));
                out.append(String.format(Locale.ROOT, " %10s", tally.falseAlarms() + "+" + tally.slips()));
                falseAlarms[f] += tally.falseAlarms();
                slips[f] += tally.slips();
            }
            out.append('\n');
        });
        out.append(String.format(Locale.ROOT, "%-13s", "all pairs"));
        for (int f = 0; f < FAMILIES.size(); f++) {
            out.append(String.format(Locale.ROOT, " %10s", falseAlarms[f] + "+" + slips[f]));
        }
        System.out.println(out.append('\n'));
    }
}
