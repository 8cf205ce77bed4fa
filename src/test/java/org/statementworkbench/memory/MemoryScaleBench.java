package org.statementworkbench.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.bench.Benchmarks;

/**
 * {@code ./workbench bench memory}: a translation memory of 1,000,000 units (or {@code WORKBENCH_BENCH_MEMORY_UNITS})
 * in the on-disk Lucene index the server uses (no database), and what the issue asks of it: time to build the index,
 * its size on disk, the heap after a collection, lookup (candidates from the index, then exact scoring: what
 * {@code MemoryService.matches} does before reading the database) and concordance search percentiles (the index
 * search, without the highlighting of the hits), and a linear scan with the same scoring on a few lookups of the same
 * memory for the ratio. Not measured here: the TMX import into the database (MemoryAdminService; see
 * TmxImportBench) and the database read of the matches shown.
 *
 * <p>The memory is reproducible from the SDG texts ({@link SdgUnits}): every unit is real UN wording and no two are
 * equal. Lookups: 100 unit sources as they are (exact) and 100
 * with one more word left out (fuzzy); concordance: 100 words and two-word phrases of the sentences.
 */
public final class MemoryScaleBench {

    private static final int LOOKUPS = 100;
    private static final int LINEAR_LOOKUPS = 3;
    private static final int PAGE = 5000;

    private final SdgUnits units;

    private MemoryScaleBench(SdgUnits units) {
        this.units = units;
    }

    /** Entry point of the bench group. */
    public static void run() {
        String count = System.getenv().getOrDefault("WORKBENCH_BENCH_MEMORY_UNITS", "1000000");
        int n = Integer.getInteger("workbench.bench.memory-units", Integer.parseInt(count));
        try {
            new MemoryScaleBench(SdgUnits.load()).measure(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String source(long k) {
        return units.source(k);
    }

    private static String withoutWord(String text, int at) {
        String[] words = text.split(" ");
        var out = new StringBuilder();
        for (int w = 0; w < words.length; w++) {
            if (w != at % words.length) {
                out.append(out.isEmpty() ? "" : " ").append(words[w]);
            }
        }
        return out.toString();
    }

    private void measure(int n) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("memory-bench-");
        try {
            long t0 = System.nanoTime();
            try (var index = new UnitIndex(FSDirectory.open(dir))) {
                for (long from = 0; from < n; from += PAGE) { // as MemoryIndex rebuilds: pages, both cores
                    java.util.stream.LongStream.range(from, Math.min(n, from + PAGE))
                            .parallel()
                            .forEach(k -> index.add(new IndexedUnit(
                                    k + 1, 1, Map.of(UnLanguage.EN, source(k), UnLanguage.FR, units.target(k)), 1)));
                }
                index.commit(1);
                double buildSeconds = (System.nanoTime() - t0) / 1e9;
                long onDiskAtBuild = size(dir);

                List<String> queries = new ArrayList<>();
                for (int q = 0; q < LOOKUPS; q++) {
                    long k = (q * 7_919L) % n;
                    queries.add(source(k));
                    queries.add(withoutWord(source(k), q + 3));
                }
                lookUp(index, queries); // warm-up
                double[] lookupsAtBuild = lookUp(index, queries);

                long settleStart = System.nanoTime();
                boolean settled = index.settle(java.time.Duration.ofMinutes(10));
                double settleSeconds = (System.nanoTime() - settleStart) / 1e9;
                long onDisk = size(dir);
                System.gc();
                long heap = Runtime.getRuntime().totalMemory()
                        - Runtime.getRuntime().freeMemory();
                lookUp(index, queries); // warm-up
                double[] lookups = lookUp(index, queries);

                List<String> phrases = new ArrayList<>();
                for (int q = 0; q < LOOKUPS; q++) {
                    String[] words = units.english()
                            .get((q * 31) % units.english().size())
                            .split(" ");
                    int at = q % (words.length - 1);
                    phrases.add(q % 2 == 0 ? words[at] : words[at] + " " + words[at + 1]);
                }
                concordance(index, phrases); // warm-up
                double[] concordance = concordance(index, phrases);

                double[] linear = new double[LINEAR_LOOKUPS];
                double[] indexedSame = new double[LINEAR_LOOKUPS];
                for (int q = 0; q < LINEAR_LOOKUPS; q++) {
                    String query = queries.get(2 * q + 1);
                    MatchTokens tokens = MatchTokens.of(query);
                    long s0 = System.nanoTime();
                    int best = 0;
                    for (long k = 0; k < n; k++) {
                        String source = source(k);
                        best = Math.max(
                                best,
                                FuzzyScorer.score(tokens, MatchTokens.of(source), query, source)
                                        .value());
                    }
                    linear[q] = (System.nanoTime() - s0) / 1e6;
                    long s1 = System.nanoTime();
                    int bestIndexed = best(index, query);
                    indexedSame[q] = (System.nanoTime() - s1) / 1e6;
                    if (bestIndexed != best) {
                        System.out.printf(
                                Locale.ROOT, "note: lookup %d: index best %d, linear best %d%n", q, bestIndexed, best);
                    }
                }

                System.out.printf(Locale.ROOT, "%nTranslation memory, %,d units (English-French, SDG wording)%n", n);
                System.out.printf(Locale.ROOT, "| %-52s | %14s |%n", "measure", "value");
                System.out.printf(Locale.ROOT, "|%s|%s|%n", "-".repeat(54), "-".repeat(16));
                row(
                        "index build (rebuild: pages, 2 threads, commit)",
                        String.format(Locale.ROOT, "%.1f s", buildSeconds));
                row(
                        "index size on disk right after the build",
                        String.format(Locale.ROOT, "%.0f MB", onDiskAtBuild / 1e6));
                row(
                        "lookup median / p95 right after the build",
                        ms(Benchmarks.percentile(lookupsAtBuild, 50)) + " / "
                                + ms(Benchmarks.percentile(lookupsAtBuild, 95)));
                row(
                        "background merges finished after" + (settled ? "" : " (timed out)"),
                        String.format(Locale.ROOT, "%.1f s", settleSeconds));
                row("index size on disk after the merges", String.format(Locale.ROOT, "%.0f MB", onDisk / 1e6));
                row("heap after build and GC", String.format(Locale.ROOT, "%.0f MB", heap / 1e6));
                row(
                        "lookup median / p95 after merges (" + lookups.length + ", half fuzzy)",
                        ms(Benchmarks.percentile(lookups, 50)) + " / " + ms(Benchmarks.percentile(lookups, 95)));
                row(
                        "concordance search median / p95 (" + concordance.length + " words, phrases)",
                        ms(Benchmarks.percentile(concordance, 50)) + " / "
                                + ms(Benchmarks.percentile(concordance, 95)));
                row(
                        "linear scan, same scoring (" + LINEAR_LOOKUPS + " lookups, median)",
                        ms(Benchmarks.percentile(linear, 50)));
                row("index on the same lookups (median)", ms(Benchmarks.percentile(indexedSame, 50)));
                System.out.printf(
                        Locale.ROOT,
                        "ratio linear scan / index: %.0fx (the scan tokenizes each unit as it goes, as a memory"
                                + " without an index would)%n",
                        Benchmarks.percentile(linear, 50) / Benchmarks.percentile(indexedSame, 50));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static int best(UnitIndex index, String query) {
        MatchTokens tokens = MatchTokens.of(query);
        return index.candidates(UnLanguage.EN, UnLanguage.FR, query, MemoryService.CANDIDATES).stream()
                .mapToInt(u -> FuzzyScorer.score(
                                tokens, MatchTokens.of(u.text(UnLanguage.EN)), query, u.text(UnLanguage.EN))
                        .value())
                .max()
                .orElse(0);
    }

    private static double[] lookUp(UnitIndex index, List<String> queries) {
        double[] times = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            best(index, queries.get(i));
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        return times;
    }

    private static double[] concordance(UnitIndex index, List<String> phrases) {
        double[] times = new double[phrases.size()];
        for (int i = 0; i < phrases.size(); i++) {
            long t = System.nanoTime();
            index.concordance(ConcordanceQuery.of(UnLanguage.EN, phrases.get(i)), UnLanguage.FR, 50);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        return times;
    }

    private static void row(String name, String value) {
        System.out.printf(Locale.ROOT, "| %-52s | %14s |%n", name, value);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
