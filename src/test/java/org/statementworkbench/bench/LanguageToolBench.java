package org.statementworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.languagecheck.BenchServices;
import org.statementworkbench.languagecheck.CheckRequest;
import org.statementworkbench.languagecheck.CheckResult;
import org.statementworkbench.languagecheck.InProcessLanguageChecker;
import org.statementworkbench.languagecheck.LanguageCheckService;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.MatchKind;
import org.statementworkbench.languagecheck.PlainLanguageTool;
import org.statementworkbench.languagecheck.RuleCosts;
import org.statementworkbench.languagecheck.RuleSettings;
import org.statementworkbench.languagecheck.SdgSentences;
import org.statementworkbench.languagecheck.UnStyleProfile;

/**
 * {@code ./workbench bench languagetool}: plain LanguageTool 6.8 ({@code new JLanguageTool(language).check(text)},
 * with the rules of the UN style profile off) against our engine, in the same run on the same text: per language
 * on 300 SDG sentences (one thread, warm, alternating plain and ours sentence by sentence, matches compared); a
 * 4,000-segment statement in the five target languages on two threads (result cache off, so it cannot fake the
 * figure); re-checking after one segment is edited (cache on); the heap with all six languages loaded.
 */
public final class LanguageToolBench {

    static final int SENTENCES = 300;
    static final int SEGMENTS = 4_000;
    static final int THREADS = 2;
    static final List<UnLanguage> TARGETS =
            List.of(UnLanguage.AR, UnLanguage.ZH, UnLanguage.FR, UnLanguage.RU, UnLanguage.ES);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LanguageToolBench() {}

    public static void run() {
        System.out.printf(
                Locale.ROOT,
                "%nLanguageTool: %d processors, load average %.1f at start%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long heapBefore = usedHeapMb();
        InProcessLanguageChecker engine =
                new InProcessLanguageChecker(UnStyleProfile.load(), THREADS, InProcessLanguageChecker.DEFAULT_TIMEOUT);
        loadAll(engine);
        long heapLoaded = usedHeapMb();

        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "| %-8s | %-23s | %-23s | %9s | %10s | %12s | %-13s |",
                "language",
                "plain mean/median/p95",
                "ours mean/median/p95",
                "p95 ratio",
                "mean ratio",
                "ours CPU p95",
                "same matches"));
        lines.add("|" + "-".repeat(10) + "|" + "-".repeat(25) + "|" + "-".repeat(25) + "|" + "-".repeat(11) + "|"
                + "-".repeat(12) + "|" + "-".repeat(14) + "|" + "-".repeat(15) + "|");
        for (UnLanguage language : UnLanguage.values()) {
            System.err.printf("languagetool: %s sentences ...%n", language.code());
            lines.add(sentences(engine, language));
        }
        lines.forEach(System.out::println);
        System.out.println("wall-clock ms per sentence; ratio = plain / ours (above 1: ours faster); CPU = thread CPU"
                + " time (less affected by other load on the machine)");

        List<CheckRequest> statement = statement();
        System.err.printf("languagetool: full statement, plain, %d threads ...%n", THREADS);
        double plainSeconds = plainStatement(statement);
        System.err.printf("languagetool: full statement, ours, %d threads ...%n", THREADS);
        LanguageCheckService uncached = BenchServices.service(engine, 0);
        double oursSeconds = oursStatement(uncached, statement);
        BenchServices.stop(uncached);
        System.out.printf(
                Locale.ROOT,
                "%nFull statement: %,d segments x %d targets (%s) = %,d texts, %d threads," + " result cache off%n",
                SEGMENTS,
                TARGETS.size(),
                TARGETS.stream().map(UnLanguage::code).toList(),
                statement.size(),
                THREADS);
        System.out.printf(
                Locale.ROOT,
                "| plain LanguageTool %7.1f s | ours (checkAll) %7.1f s | ratio %.2f |%n",
                plainSeconds,
                oursSeconds,
                plainSeconds / oursSeconds);

        System.err.println("languagetool: re-check after an edit ...");
        recheck(engine, statement);

        System.out.printf(
                Locale.ROOT,
                "%nHeap after GC: %d MB with six languages loaded (%d instances each, spelling"
                        + " suggestions loaded); %d MB before loading; %d MB at the end (plain LanguageTool and caches too)%n",
                heapLoaded,
                THREADS,
                heapBefore,
                usedHeapMb());
        engine.close();
    }

    /** {@code ./workbench bench languagetool-rules}: where plain LanguageTool spends its time, per language. */
    public static void ruleCosts() {
        System.out.println("\nPlain LanguageTool, thread CPU ms per sentence on " + SENTENCES + " SDG sentences"
                + " (rules: each rule's match over the analyzed sentences; suggestions: forcing the lazy ones of"
                + " spelling matches, which Arabic's Hunspell computes inside its match)");
        for (UnLanguage language : UnLanguage.values()) {
            System.out.println(RuleCosts.of(language, SENTENCES, 6));
        }
    }

    /** Loads every language: both pooled instances and the spelling-suggestion engine. */
    private static void loadAll(InProcessLanguageChecker engine) {
        for (UnLanguage language : UnLanguage.values()) {
            System.err.printf("languagetool: loading %s ...%n", language.code());
            List<String> texts = SdgSentences.sample(language, 20);
            Thread[] threads = new Thread[THREADS];
            for (int t = 0; t < THREADS; t++) {
                threads[t] = Thread.ofPlatform()
                        .start(() -> texts.forEach(s -> engine.check(language, s, RuleSettings.DEFAULT)));
            }
            join(threads);
            for (String s : texts) {
                LanguageMatch spelling = engine.check(language, s, RuleSettings.DEFAULT).stream()
                        .filter(m -> m.kind() == MatchKind.SPELLING && m.suggestionsPending())
                        .findFirst()
                        .orElse(null);
                if (spelling != null) {
                    engine.suggestions(language, s, spelling);
                    break;
                }
            }
        }
    }

    private static String sentences(InProcessLanguageChecker engine, UnLanguage language) {
        PlainLanguageTool plain = new PlainLanguageTool(language);
        List<String> sample = SdgSentences.sample(language, SENTENCES);
        Set<String> inSample = new HashSet<>(sample);
        List<String> warm = SdgSentences.all(language).stream()
                .filter(s -> !inSample.contains(s))
                .limit(100)
                .toList();
        for (String s : warm) {
            plain.check(s);
            engine.check(language, s, RuleSettings.DEFAULT);
        }
        double[] plainMs = new double[sample.size()];
        double[] oursMs = new double[sample.size()];
        double[] oursCpu = new double[sample.size()];
        int same = 0;
        for (int i = 0; i < sample.size(); i++) {
            String s = sample.get(i);
            List<String> expected = null;
            List<LanguageMatch> actual = null;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == (i % 2 == 0)) {
                    long start = System.nanoTime();
                    expected = plain.matchKeys(s);
                    plainMs[i] = (System.nanoTime() - start) / 1e6;
                } else {
                    long cpu = CPU.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    actual = engine.check(language, s, RuleSettings.DEFAULT);
                    oursMs[i] = (System.nanoTime() - start) / 1e6;
                    oursCpu[i] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
                }
            }
            List<String> keys = actual.stream()
                    .map(m -> PlainLanguageTool.key(m.ruleId(), m.start(), m.end()))
                    .toList();
            if (keys.equals(expected)) {
                same++;
            }
        }
        return String.format(
                Locale.ROOT,
                "| %-8s | %-23s | %-23s | %9.2f | %10.2f | %9.2f ms | %5d of %-4d |",
                language.code(),
                stats(plainMs),
                stats(oursMs),
                percentile(plainMs, 95) / percentile(oursMs, 95),
                mean(plainMs) / mean(oursMs),
                percentile(oursCpu, 95),
                same,
                sample.size());
    }

    /** 4,000 segments in each target language; the SDG sentences of the language, over and over. */
    private static List<CheckRequest> statement() {
        List<CheckRequest> requests = new ArrayList<>(SEGMENTS * TARGETS.size());
        Map<UnLanguage, List<String>> sentences = new java.util.EnumMap<>(UnLanguage.class);
        TARGETS.forEach(l -> sentences.put(l, SdgSentences.all(l)));
        for (int segment = 0; segment < SEGMENTS; segment++) {
            for (UnLanguage l : TARGETS) {
                List<String> all = sentences.get(l);
                requests.add(
                        new CheckRequest(l.code() + segment, l, all.get(segment % all.size()), RuleSettings.DEFAULT));
            }
        }
        return requests;
    }

    private static double plainStatement(List<CheckRequest> statement) {
        List<Map<UnLanguage, PlainLanguageTool>> tools = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Map<UnLanguage, PlainLanguageTool> own = new java.util.EnumMap<>(UnLanguage.class);
            for (UnLanguage l : TARGETS) {
                PlainLanguageTool plain = new PlainLanguageTool(l);
                SdgSentences.sample(l, 10).forEach(plain::check);
                own.put(l, plain);
            }
            tools.add(own);
        }
        AtomicInteger next = new AtomicInteger();
        Thread[] threads = new Thread[THREADS];
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            Map<UnLanguage, PlainLanguageTool> own = tools.get(t);
            threads[t] = Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < statement.size(); i = next.getAndIncrement()) {
                    CheckRequest r = statement.get(i);
                    own.get(r.language()).check(r.text());
                }
            });
        }
        join(threads);
        return (System.nanoTime() - start) / 1e9;
    }

    private static double oursStatement(LanguageCheckService service, List<CheckRequest> statement) {
        long start = System.nanoTime();
        Map<String, CheckResult> results =
                service.checkAll(statement, (done, total) -> {}).results().join();
        double seconds = (System.nanoTime() - start) / 1e9;
        long checked = results.values().stream().filter(CheckResult::checked).count();
        if (checked != statement.size()) {
            System.out.printf("(ours: %d of %d texts checked)%n", checked, statement.size());
        }
        return seconds;
    }

    /** With the cache on: check the statement once, then edit one segment and check again (five times). */
    private static void recheck(InProcessLanguageChecker engine, List<CheckRequest> statement) {
        LanguageCheckService service = BenchServices.service(engine, 30_000);
        service.checkAll(statement, (done, total) -> {}).results().join();
        double[] single = new double[5];
        double[] whole = new double[5];
        for (int edit = 0; edit < single.length; edit++) {
            int index = 997 * (edit + 1) + edit;
            CheckRequest original = statement.get(index);
            // the translator deletes the first word of the segment: the editor checks that segment
            String edited = original.text().replaceFirst("^\\S+\\s+", "");
            long start = System.nanoTime();
            service.check(original.language(), edited, RuleSettings.DEFAULT).join();
            single[edit] = (System.nanoTime() - start) / 1e6;
            // ... then deletes the second word too, and the whole statement is checked again
            List<CheckRequest> again = new ArrayList<>(statement);
            again.set(
                    index,
                    new CheckRequest(
                            original.key(),
                            original.language(),
                            edited.replaceFirst("^\\S+\\s+", ""),
                            original.settings()));
            start = System.nanoTime();
            service.checkAll(again, (done, total) -> {}).results().join();
            whole[edit] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(
                Locale.ROOT,
                "%nRe-check after editing one segment (cache on, %d edits): the segment alone"
                        + " median %.1f ms, max %.1f ms; the whole statement (%,d texts, one changed) median %.1f ms,"
                        + " max %.1f ms%n",
                single.length,
                percentile(single, 50),
                max(single),
                statement.size(),
                percentile(whole, 50),
                max(whole));
        BenchServices.stop(service);
    }

    private static String stats(double[] ms) {
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", mean(ms), percentile(ms, 50), percentile(ms, 95));
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    static double percentile(double[] values, double p) {
        return Benchmarks.percentile(values, p);
    }

    private static long usedHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    private static void join(Thread[] threads) {
        try {
            for (Thread t : threads) {
                t.join(TimeUnit.HOURS.toMillis(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
