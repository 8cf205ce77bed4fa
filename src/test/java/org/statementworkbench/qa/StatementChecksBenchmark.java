package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.bench.Benchmarks.Benchmark;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.terminology.TermMatcherBenchmark;

/**
 * All built-in checks but LanguageTool ({@link StatementChecks#all()}: the segment checks on every translation and the
 * statement-wide ones) over a 4,000-segment statement, English to the five other languages (20,000 translations),
 * built by repeating the SDG goals, targets and indicators (about 450 texts in all six languages, most with numbers;
 * repeated, so every source recurs some nine times, which the consistency checks must hash, not compare pairwise).
 * The baseline is the terminology check alone of a 4,000-segment statement with five targets
 * ({@link TermMatcherBenchmark#fullTermCheck()}, 50,000 concepts) in the same run. The target is at most 2 s. One
 * thread.
 */
public final class StatementChecksBenchmark implements Benchmark {

    static final int SEGMENTS = 4_000;

    private final StatementText statement;
    private final Runnable terms = TermMatcherBenchmark.fullTermCheck();
    static int sink;

    StatementChecksBenchmark() {
        List<Map<String, String>> texts = SdgCorpus.load(SdgCorpus.defaultLocation()).sentences().values().stream()
                .filter(t -> t.values().stream().noneMatch(String::isBlank) && t.size() == UnLanguage.values().length)
                .toList();
        List<MultilingualSegment> segments = new ArrayList<>(SEGMENTS);
        for (int i = 0; i < SEGMENTS; i++) {
            Map<String, String> t = texts.get(i % texts.size());
            Map<UnLanguage, String> targets = new EnumMap<>(UnLanguage.class);
            t.forEach((code, text) -> {
                if (!code.equals("en")) {
                    targets.put(UnLanguage.ofCode(code), text);
                }
            });
            segments.add(new MultilingualSegment(String.valueOf(i + 1), t.get("en"), targets));
        }
        statement = new StatementText(UnLanguage.EN, segments);
    }

    public static List<Supplier<Benchmark>> all() {
        return List.of(StatementChecksBenchmark::new);
    }

    @Override
    public String name() {
        return "all checks but LT: 4,000 segments, en to 5 targets";
    }

    @Override
    public String baselineName() {
        return "term checks alone, 4,000 x 5, 50k concepts";
    }

    @Override
    public Runnable baseline() {
        return terms;
    }

    @Override
    public Runnable subject() {
        return () -> sink += StatementChecks.all().check(statement).size();
    }

    @Override
    public int warmups() {
        return 2;
    }

    @Override
    public int runs() {
        return 7;
    }
}
