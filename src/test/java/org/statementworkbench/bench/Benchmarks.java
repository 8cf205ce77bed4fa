package org.statementworkbench.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.statementworkbench.security.SignInBenchmark;

/**
 * {@code ./workbench bench}: every benchmark measures its subject and a baseline in the same run, alternating
 * the two so that noise on this 2-core machine hits both alike, and prints medians and the ratio. Not a test:
 * nothing here fails on a number; the table is for people to read and compare between runs.
 */
public final class Benchmarks {

    /** One benchmark: a subject and the baseline it is compared with, each one timed operation per call. */
    public interface Benchmark {
        String name();

        String baselineName();

        Runnable baseline();

        Runnable subject();

        default int warmups() {
            return 20;
        }

        default int runs() {
            return 100;
        }

        /** Undoes what one subject run stored, untimed (e.g. so that every import starts from the same glossary). */
        default void reset() {}
    }

    record Row(String name, String baselineName, double[] baselineMillis, double[] subjectMillis) {}

    private Benchmarks() {}

    /**
     * {@code ./workbench bench [group...]}: all groups, or those named (signin, segmentation, editor, glossary,
     * terminology, term-long-unit, number, qa, issue-filter, languagetool,
     * languagetool-rules, memory, memory-import). The languagetool groups print their own
     * tables (per-language statistics, a whole statement, heap; where plain LanguageTool spends its time) after the
     * common one.
     */
    public static void main(String[] args) {
        Map<String, List<Supplier<Benchmark>>> groups = new LinkedHashMap<>();
        groups.put("signin", List.of(SignInBenchmark::new));
        groups.put("segmentation", List.of(org.statementworkbench.statement.segmentation.SegmentationBenchmark::new));
        groups.put("editor", org.statementworkbench.statement.EditorBenchmarks.all());
        groups.put("glossary", org.statementworkbench.glossary.GlossaryImportBenchmark.all());
        groups.put("terminology", org.statementworkbench.terminology.TermMatcherBenchmark.all());
        groups.put("term-long-unit", org.statementworkbench.terminology.LongUnitBenchmark.all());
        groups.put("number", org.statementworkbench.qa.number.NumberCheckBenchmark.all());
        groups.put("qa", org.statementworkbench.qa.StatementChecksBenchmark.all());
        groups.put("issue-filter", org.statementworkbench.editor.ui.IssueFilterBenchmark.all());
        Map<String, Runnable> reports = new LinkedHashMap<>();
        reports.put("languagetool", LanguageToolBench::run);
        reports.put("languagetool-rules", LanguageToolBench::ruleCosts);
        reports.put("memory", org.statementworkbench.memory.MemoryScaleBench::run);
        reports.put("memory-import", org.statementworkbench.memory.TmxImportBench::run);
        List<Supplier<Benchmark>> benchmarks = new ArrayList<>();
        groups.forEach((name, list) -> {
            if (args.length == 0 || Arrays.asList(args).contains(name)) {
                benchmarks.addAll(list);
            }
        });
        List<Row> rows = new ArrayList<>();
        for (Supplier<Benchmark> factory : benchmarks) {
            Benchmark b = factory.get();
            System.err.printf("running %s ...%n", b.name());
            rows.add(run(b));
        }
        if (!rows.isEmpty()) {
            print(rows);
        }
        reports.forEach((name, report) -> {
            if (args.length == 0 || Arrays.asList(args).contains(name)) {
                report.run();
            }
        });
        System.exit(0);
    }

    static Row run(Benchmark b) {
        for (int i = 0; i < b.warmups(); i++) {
            b.baseline().run();
            b.subject().run();
            b.reset();
        }
        double[] base = new double[b.runs()];
        double[] subject = new double[b.runs()];
        for (int i = 0; i < b.runs(); i++) {
            base[i] = time(b.baseline());
            subject[i] = time(b.subject());
            b.reset();
        }
        return new Row(b.name(), b.baselineName(), base, subject);
    }

    private static double time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1e6;
    }

    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static void print(List<Row> rows) {
        String format = "| %-44s | %-36s | %12s | %12s | %12s | %7s |%n";
        System.out.printf(
                Locale.ROOT, format, "benchmark", "baseline (same run)", "base median", "median", "p95", "ratio");
        System.out.printf(
                Locale.ROOT,
                format,
                "-".repeat(44),
                "-".repeat(36),
                "-".repeat(12),
                "-".repeat(12),
                "-".repeat(12),
                "-".repeat(7));
        for (Row r : rows) {
            double baseMedian = percentile(r.baselineMillis(), 50);
            double median = percentile(r.subjectMillis(), 50);
            System.out.printf(
                    Locale.ROOT,
                    format,
                    r.name(),
                    r.baselineName(),
                    ms(baseMedian),
                    ms(median),
                    ms(percentile(r.subjectMillis(), 95)),
                    ratio(median / baseMedian));
        }
        System.out.println("ratio = median / baseline median (below 1: faster than the baseline; 1/N: N times faster)");
    }

    private static String ratio(double r) {
        return r >= 0.01 ? String.format(Locale.ROOT, "%.2f", r) : String.format(Locale.ROOT, "1/%.0f", 1 / r);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 1 ? "%.3f ms" : "%.1f ms", millis);
    }
}
