package org.statementworkbench.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.glossary.UsageStatus;

/**
 * The indexed {@link TargetRendering} and {@link LooseTermSearch} give the same answers as the old quadratic ones
 * ({@link QuadraticRendering}) for every source concept of every SDG sentence, in the ten pairs between English and
 * the other languages: on the aligned translations (mostly rendered), on misaligned ones (the next key's sentence:
 * mostly not rendered) and on long units of whole SDG sections with every second target sentence in another
 * language. The shipped glossary; the same hits as {@link TermChecker#check} computes.
 */
class RenderingEquivalenceTest {

    private static SdgCorpus corpus;
    private static ShippedTerms shipped;

    @BeforeAll
    static void load() {
        corpus = SdgCorpus.load(SdgCorpus.defaultLocation());
        shipped = ShippedTerms.get();
    }

    /** Outcomes compared: how many concepts were found rendered and how many not, by both. */
    private record Tally(int rendered, int unrendered) {}

    @TestFactory
    Stream<DynamicTest> sameAnswersAsTheQuadraticSearch() {
        List<String[]> pairs = new ArrayList<>();
        for (String lang : List.of("ar", "zh", "fr", "ru", "es")) {
            pairs.add(new String[] {"en", lang});
            pairs.add(new String[] {lang, "en"});
        }
        return pairs.stream()
                .map(p -> DynamicTest.dynamicTest(p[0] + "->" + p[1], () -> {
                    List<String> keys = corpus.sentences().keySet().stream()
                            .filter(k -> !corpus.text(k, p[0]).isBlank()
                                    && !corpus.text(k, p[1]).isBlank())
                            .toList();
                    int[] tally = new int[2];
                    for (int i = 0; i < keys.size(); i++) {
                        String source = corpus.text(keys.get(i), p[0]);
                        compare(p[0], p[1], source, corpus.text(keys.get(i), p[1]), tally);
                        compare(p[0], p[1], source, corpus.text(keys.get((i + 1) % keys.size()), p[1]), tally);
                    }
                    if (p[0].equals("en")) {
                        String other = p[1].equals("ru") ? "fr" : "ru";
                        LongUnitBenchmark.Unit unit = LongUnitBenchmark.unit(corpus, p[1], other, 4_000);
                        compare(p[0], p[1], unit.source(), unit.target(), tally);
                    }
                    assertThat(new Tally(tally[0], tally[1]))
                            .as("both outcomes are compared many times")
                            .matches(t -> t.rendered() > 200 && t.unrendered() > 200, "over 200 of each");
                }));
    }

    /** Every source concept of the segment with approved target terms: renders, and each of its terms loosely. */
    private static void compare(
            String sourceLang, String targetLang, String sourceText, String targetText, int[] tally) {
        TermMatcher source = shipped.matchers.get(sourceLang);
        TermMatcher target = shipped.matchers.get(targetLang);
        List<TermHit> sourceHits = source.find(sourceText).stream()
                .filter(h -> h.term().approved())
                .toList();
        List<TermHit> targetHits = target.find(targetText).stream()
                .filter(h -> h.term().approved())
                .toList();
        Set<Long> inSource = sourceHits.stream().map(h -> h.term().conceptId()).collect(Collectors.toSet());
        Map<Long, List<TermEntry>> targetTerms = accepted(shipped.byLanguage.get(targetLang));
        TargetRendering indexed = new TargetRendering(target, targetText, targetHits, inSource);
        QuadraticRendering oracle =
                new QuadraticRendering(target, Analyzers.forLanguage(targetLang), targetText, targetHits, inSource);
        List<Token> tokens = target.tokens(targetText);
        for (long concept : inSource) {
            List<TermEntry> terms = targetTerms.getOrDefault(concept, List.of());
            if (terms.isEmpty()) {
                continue;
            }
            boolean expected = oracle.renders(concept, terms);
            assertThat(indexed.renders(concept, terms))
                    .as("concept %s in “%s”", concept, targetText)
                    .isEqualTo(expected);
            tally[expected ? 0 : 1]++;
            for (TermEntry t : terms) {
                assertThat(target.containsLoosely(tokens, t.text(), TermChecker.MAX_GAP, targetHits))
                        .as("“%s” loosely in “%s”", t.text(), targetText)
                        .isEqualTo(oracle.contains(tokens, t.text(), TermChecker.MAX_GAP, targetHits));
            }
        }
    }

    /** As {@link TermChecker} keeps them: per concept, the approved preferred and admitted terms, preferred first. */
    private static Map<Long, List<TermEntry>> accepted(List<TermEntry> terms) {
        return terms.stream()
                .filter(t -> t.approval() == Approval.APPROVED && TermChecker.ACCEPTED.contains(t.status()))
                .sorted(Comparator.comparingInt(t -> t.status() == UsageStatus.PREFERRED ? 0 : 1))
                .collect(Collectors.groupingBy(TermEntry::conceptId));
    }
}
