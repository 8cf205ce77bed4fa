package org.statementworkbench.terminology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.bench.Benchmarks.Benchmark;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

/**
 * Term recognition at glossary scale: 50,000 generated concepts with terms in the six languages (1-4 words, a
 * second term in 40%) and a 4,000-segment statement in English with five targets, each segment about 25 words
 * naming two concepts in every language, inflected as running text would have them (Russian endings, Arabic
 * clitics, French elision); in one target segment in five the second concept is rendered by a wrong term.
 * One thread. The regex baseline is what tools matching exact strings do: one pattern per term.
 */
public final class TermMatcherBenchmark {

    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    static final int CONCEPTS = 50_000;
    static final int SEGMENTS = 4_000;
    static final int SAMPLE = 40;

    private TermMatcherBenchmark() {}

    /** The generated glossary and statement, built once for all rows. */
    static final class Data {
        final Map<String, List<TermEntry>> terms = new HashMap<>();
        final Map<String, List<String>> segments = new HashMap<>();
        final Map<String, TermMatcher> matchers = new HashMap<>();

        Data() {
            Random random = new Random(42);
            long termId = 0;
            Map<String, List<String>> filler = new HashMap<>();
            Map<String, Map<Long, String>> preferred = new HashMap<>();
            for (String lang : LANGUAGES) {
                List<String> vocabulary = vocabulary(lang, 20_000, random, true);
                filler.put(lang, vocabulary(lang, 3_000, random, false));
                List<TermEntry> list = new ArrayList<>();
                Map<Long, String> first = new HashMap<>();
                for (long c = 1; c <= CONCEPTS; c++) {
                    int variants = random.nextInt(10) < 4 ? 2 : 1;
                    for (int v = 0; v < variants; v++) {
                        String text = phrase(lang, vocabulary, 1 + random.nextInt(4), random);
                        list.add(new TermEntry(
                                c,
                                "c" + c,
                                ++termId,
                                UnLanguage.ofCode(lang),
                                text,
                                TermType.FULL_FORM,
                                v == 0 ? UsageStatus.PREFERRED : UsageStatus.ADMITTED,
                                false,
                                Approval.APPROVED));
                        first.putIfAbsent(c, text);
                    }
                }
                terms.put(lang, list);
                preferred.put(lang, first);
                segments.put(lang, new ArrayList<>());
            }
            // each segment names two concepts in every language; one target in five renders the second wrongly
            for (int s = 0; s < SEGMENTS; s++) {
                long a = 1 + random.nextInt(CONCEPTS);
                long b = 1 + random.nextInt(CONCEPTS);
                long wrong = 1 + random.nextInt(CONCEPTS);
                boolean error = random.nextInt(5) == 0;
                for (String lang : LANGUAGES) {
                    String sep = lang.equals("zh") ? "" : " ";
                    String second = preferred.get(lang).get(error && !lang.equals("en") ? wrong : b);
                    List<String> words = filler.get(lang);
                    segments.get(lang)
                            .add(phrase(lang, words, 10, random)
                                    + sep
                                    + inflect(lang, preferred.get(lang).get(a), random)
                                    + sep
                                    + phrase(lang, words, 8, random)
                                    + sep
                                    + inflect(lang, second, random)
                                    + sep
                                    + phrase(lang, words, 4, random)
                                    + (lang.equals("zh") ? "。" : "."));
                }
            }
            for (String lang : LANGUAGES) {
                matchers.put(lang, new TermMatcher(Analyzers.forLanguage(lang), terms.get(lang)));
            }
        }

        /** Random words; Chinese term words are two characters from another block than running text's. */
        static List<String> vocabulary(String lang, int size, Random random, boolean forTerms) {
            String letters = switch (lang) {
                case "ru" -> "абвгдежзиклмнопрстуфхцчшщыэюя";
                case "ar" -> "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
                case "fr" -> "abcdefghijlmnoprstuvéèàç";
                case "es" -> "abcdefghijlmnoprstuvñáéó";
                default -> "abcdefghijklmnopqrstuvwxyz";
            };
            List<String> words = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                StringBuilder w = new StringBuilder();
                if (lang.equals("zh")) {
                    int n = forTerms ? 2 : 1 + random.nextInt(2);
                    for (int k = 0; k < n; k++) {
                        w.appendCodePoint((forTerms ? 0x5600 : 0x4E00) + random.nextInt(forTerms ? 6000 : 2000));
                    }
                } else {
                    int n = 4 + random.nextInt(7);
                    for (int k = 0; k < n; k++) {
                        w.append(letters.charAt(random.nextInt(letters.length())));
                    }
                }
                words.add(w.toString());
            }
            return words;
        }

        static String phrase(String lang, List<String> vocabulary, int words, Random random) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < words; i++) {
                if (i > 0 && !lang.equals("zh")) {
                    b.append(' ');
                }
                b.append(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            return b.toString();
        }

        static String inflect(String lang, String term, Random random) {
            return switch (lang) {
                case "ru" -> term.replaceAll("([а-я])( |$)", "$1ами$2");
                case "ar" -> (random.nextBoolean() ? "وال" : "لل") + term;
                case "fr" -> "l'" + term;
                case "en" -> term + "s";
                default -> term;
            };
        }

        /** The baseline of {@link #fullCheck}: tokenizing and normalizing the same texts, in every language. */
        int tokenizeAll() {
            int tokens = 0;
            for (String lang : LANGUAGES) {
                TokenAnalyzer a = Analyzers.forLanguage(lang);
                for (String s : segments.get(lang)) {
                    tokens += a.text(s).size();
                }
            }
            return tokens;
        }

        /** The term checks of the English source against each of the five targets, segment by segment. */
        int fullCheck() {
            int issues = 0;
            for (String lang : LANGUAGES) {
                if (lang.equals("en")) {
                    continue;
                }
                TermChecker checker =
                        new TermChecker(matchers.get("en"), terms.get("en"), matchers.get(lang), terms.get(lang));
                List<String> sources = segments.get("en");
                List<String> targets = segments.get(lang);
                for (int i = 0; i < SEGMENTS; i++) {
                    issues += checker.check(sources.get(i), targets.get(i))
                            .issues()
                            .size();
                }
            }
            return issues;
        }
    }

    private static Data data;

    static synchronized Data data() {
        if (data == null) {
            data = new Data();
        }
        return data;
    }

    /**
     * The term checks of the generated 4,000-segment statement (English to five targets, 50,000 concepts), as one
     * timed operation: the baseline of rows that compare other checks with the terminology check.
     */
    public static Runnable fullTermCheck() {
        Data d = data();
        return () -> sink += d.fullCheck();
    }

    /** The rows of {@code ./workbench bench terminology}. */
    public static List<Supplier<Benchmark>> all() {
        return List.of(
                TermMatcherBenchmark::fullCheck,
                TermMatcherBenchmark::versusRegex,
                TermMatcherBenchmark::oneSegment,
                TermMatcherBenchmark::rebuild);
    }

    static int sink;

    /** A row of the table: what it times against what, and how often. */
    record Row(String name, String baselineName, Runnable baseline, Runnable subject, int warmups, int runs)
            implements Benchmark {}

    /** For every language, {@code work} with that language's analyzer (made inside the timed run). */
    static Runnable withEachAnalyzer(BiConsumer<String, TokenAnalyzer> work) {
        return () -> {
            for (String lang : LANGUAGES) {
                work.accept(lang, Analyzers.forLanguage(lang));
            }
        };
    }

    /** The full terminology check of a statement (source and five targets), against tokenizing the texts only. */
    static Benchmark fullCheck() {
        Data d = data();
        return new Row(
                "term checks: 4,000 segments, en to 5 targets, 50k concepts",
                "tokenize and normalize the same texts",
                () -> sink += d.tokenizeAll(),
                () -> sink += d.fullCheck(),
                2,
                5);
    }

    /** 40 segments in each language: the trie against one regular expression per term (exact strings). */
    static Benchmark versusRegex() {
        Data d = data();
        Map<String, List<Pattern>> patterns = new HashMap<>();
        for (String lang : LANGUAGES) {
            String edge = lang.equals("zh") ? "" : "(?<![\\p{L}\\p{N}])";
            String end = lang.equals("zh") ? "" : "(?![\\p{L}\\p{N}])";
            patterns.put(
                    lang,
                    d.terms.get(lang).stream()
                            .map(t -> Pattern.compile(
                                    edge + Pattern.quote(t.text()) + end,
                                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                            .toList());
        }
        return new Row(
                "terms: 40 segments x 6 languages, trie",
                "same, one regex per term (exact form)",
                () -> {
                    for (String lang : LANGUAGES) {
                        for (String s : d.segments.get(lang).subList(0, SAMPLE)) {
                            for (Pattern p : patterns.get(lang)) {
                                if (p.matcher(s).find()) {
                                    sink++;
                                }
                            }
                        }
                    }
                },
                () -> {
                    for (String lang : LANGUAGES) {
                        for (String s : d.segments.get(lang).subList(0, SAMPLE)) {
                            sink += d.matchers.get(lang).find(s).size();
                        }
                    }
                },
                1,
                3);
    }

    /** One Russian segment, as the editor checks the segment being typed. */
    static Benchmark oneSegment() {
        Data d = data();
        TokenAnalyzer a = Analyzers.forLanguage("ru");
        AtomicInteger i = new AtomicInteger();
        Supplier<String> next = () -> d.segments.get("ru").get(i.getAndIncrement() % SEGMENTS);
        return new Row(
                "terms: one Russian segment",
                "tokenize and normalize it",
                () -> sink += a.text(next.get()).size(),
                () -> sink += d.matchers.get("ru").find(next.get()).size(),
                2000,
                2000);
    }

    /** Building the six matchers from the terms, as after a glossary change. */
    static Benchmark rebuild() {
        Data d = data();
        return new Row(
                "terms: build matchers for 50k concepts x 6",
                "normalize the terms only",
                withEachAnalyzer((lang, a) ->
                        d.terms.get(lang).forEach(t -> sink += a.term(t.text()).size())),
                withEachAnalyzer((lang, a) -> sink += new TermMatcher(a, d.terms.get(lang)).size()),
                1,
                5);
    }
}
