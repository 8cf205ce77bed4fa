package org.statementworkbench.terminology;

import java.util.List;
import java.util.function.Supplier;
import org.statementworkbench.bench.Benchmarks.Benchmark;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * The term check of one long unit, as {@code ./workbench qa} gets it from a file with very long lines: the SDG
 * goals, targets and indicators in English one after another as the source, and as the target their French
 * sentences with every second one left in Russian, so that the target leaves many source terms unrendered (the
 * costly path: each such term is looked for loosely in the whole target). Shipped glossary, one thread. The ratio of
 * the 100k row to the 10k row shows how the cost grows with the unit: about 10 if linear, about 100 if quadratic.
 */
public final class LongUnitBenchmark {

    static final String TARGET = "fr";
    static final String OTHER = "ru";

    private LongUnitBenchmark() {}

    /** The rows of {@code ./workbench bench terminology}. */
    public static List<Supplier<Benchmark>> all() {
        return List.of(() -> new Rows(10_000, 0), () -> new Rows(100_000, 10_000));
    }

    /** A source and a target of {@code chars} characters each: sentences joined by a space, the last one cut. */
    record Unit(String source, String target) {}

    static Unit unit(SdgCorpus corpus, String targetLanguage, String otherLanguage, int chars) {
        List<String> keys = corpus.sentences().keySet().stream()
                .filter(k -> !corpus.text(k, "en").isBlank()
                        && !corpus.text(k, targetLanguage).isBlank()
                        && !corpus.text(k, otherLanguage).isBlank())
                .toList();
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        for (int i = 0; source.length() < chars || target.length() < chars; i++) {
            String key = keys.get(i % keys.size());
            if (source.length() < chars) {
                source.append(source.isEmpty() ? "" : " ").append(corpus.text(key, "en"));
            }
            if (target.length() < chars) {
                String language = i % 2 == 0 ? targetLanguage : otherLanguage;
                target.append(target.isEmpty() ? "" : " ").append(corpus.text(key, language));
            }
        }
        return new Unit(
                source.substring(0, Math.min(chars, source.length())),
                target.substring(0, Math.min(chars, target.length())));
    }

    static int sink;

    /** The check of a unit of {@code chars} characters, against the same check of {@code baseChars} (0: tokenize). */
    static final class Rows implements Benchmark {
        final int chars;
        final int baseChars;
        final TermChecker checker = ShippedTerms.get().checker("en", TARGET);
        final Unit unit;
        final Unit base;

        Rows(int chars, int baseChars) {
            SdgCorpus corpus = SdgCorpus.load(SdgCorpus.defaultLocation());
            this.chars = chars;
            this.baseChars = baseChars;
            this.unit = unit(corpus, TARGET, OTHER, chars);
            this.base = baseChars == 0 ? unit : unit(corpus, TARGET, OTHER, baseChars);
        }

        public String name() {
            return String.format("term check: one %,d-char unit, en to fr", chars);
        }

        public String baselineName() {
            return baseChars == 0
                    ? "tokenize and normalize the same unit"
                    : String.format("the same check of a %,d-char unit", baseChars);
        }

        public Runnable baseline() {
            if (baseChars == 0) {
                TokenAnalyzer en = Analyzers.forLanguage("en");
                TokenAnalyzer fr = Analyzers.forLanguage(TARGET);
                return () -> sink +=
                        en.text(unit.source()).size() + fr.text(unit.target()).size();
            }
            return () ->
                    sink += checker.check(base.source(), base.target()).issues().size();
        }

        public Runnable subject() {
            return () ->
                    sink += checker.check(unit.source(), unit.target()).issues().size();
        }

        public int warmups() {
            return 2;
        }

        public int runs() {
            return 5;
        }
    }
}
