package org.statementworkbench.qa.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.bench.Benchmarks.Benchmark;
import org.statementworkbench.qa.SegmentPair;

/**
 * The number checks of a 4,000-segment statement, English to the five other languages (20,000 segment pairs), built
 * by repeating the SDG goals, targets and indicators (about 470 aligned texts, most with numbers). The baseline is
 * what tools comparing digit strings do (Xbench, Verifika): the runs of digits of source and target, sorted and
 * compared. One thread.
 */
public final class NumberCheckBenchmark implements Benchmark {

    static final int SEGMENTS = 4_000;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final List<UnLanguage> TARGETS =
            List.of(UnLanguage.AR, UnLanguage.ZH, UnLanguage.FR, UnLanguage.RU, UnLanguage.ES);

    private final List<SegmentPair> pairs = new ArrayList<>();
    private final NumberCheck check = new NumberCheck();
    static int sink;

    NumberCheckBenchmark() {
        List<Map<UnLanguage, String>> texts = SdgTexts.load().texts().values().stream()
                .filter(t -> t.size() == UnLanguage.values().length)
                .toList();
        for (int i = 0; i < SEGMENTS; i++) {
            Map<UnLanguage, String> t = texts.get(i % texts.size());
            for (UnLanguage target : TARGETS) {
                pairs.add(new SegmentPair(UnLanguage.EN, t.get(UnLanguage.EN), target, t.get(target)));
            }
        }
    }

    public static List<Supplier<Benchmark>> all() {
        return List.of(NumberCheckBenchmark::new);
    }

    @Override
    public String name() {
        return "number checks: 4,000 segments, en to 5 targets";
    }

    @Override
    public String baselineName() {
        return "digit strings compared (Xbench style)";
    }

    @Override
    public Runnable baseline() {
        return () -> {
            for (SegmentPair p : pairs) {
                sink += Arrays.equals(digits(p.source()), digits(p.target())) ? 0 : 1;
            }
        };
    }

    @Override
    public Runnable subject() {
        return () -> {
            for (SegmentPair p : pairs) {
                sink += check.check(p).size();
            }
        };
    }

    @Override
    public int warmups() {
        return 3;
    }

    @Override
    public int runs() {
        return 15;
    }

    private static String[] digits(String text) {
        List<String> runs = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            runs.add(m.group());
        }
        String[] sorted = runs.toArray(String[]::new);
        Arrays.sort(sorted);
        return sorted;
    }
}
