package org.statementworkbench.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.statementworkbench.glossary.TermEntry;

/**
 * Properties of the matcher over generated texts: a term inserted between any words is found exactly where it was
 * put; taking it out again removes the hit. Each case comes from its own seed (named in the test name), so a failure
 * is reproduced by its seed alone. (Plain JUnit rather than jqwik: from 1.10 jqwik's maintainer asks that it not be
 * used by AI coding agents, which write much of this code base.)
 */
class TermMatcherPropertiesTest {

    private static final int CASES = 300;

    /** UN terms of the six languages and words of running text in the same language. */
    record Case(String language, String term, List<String> before, List<String> after) {}

    private static final List<List<String>> TERMS = List.of(
            List.of("en", "Commission on Crime Prevention and Criminal Justice"),
            List.of("fr", "Office des Nations Unies contre la drogue et le crime"),
            List.of("es", "delincuencia organizada transnacional"),
            List.of("ru", "Совет Безопасности"),
            List.of("ar", "مجلس الأمن"),
            List.of("zh", "安全理事会"));

    private static final List<List<String>> WORDS = List.of(
            List.of("the", "report", "was", "adopted", "by", "members", "today", "and", "noted"),
            List.of("le", "rapport", "a", "été", "adopté", "par", "les", "membres", "hier"),
            List.of("el", "informe", "fue", "aprobado", "por", "los", "miembros", "ayer"),
            List.of("доклад", "был", "принят", "членами", "вчера", "и", "отмечен"),
            List.of("اعتمد", "التقرير", "الأعضاء", "أمس", "وأشار"),
            List.of("报告", "已", "获得", "通过", "成员", "昨天"));

    /** The case of one seed: a random language, and up to 8 random words of it before and after its term. */
    static Case generate(long seed) {
        Random random = new Random(seed);
        int i = random.nextInt(TERMS.size());
        return new Case(
                TERMS.get(i).get(0), TERMS.get(i).get(1), words(random, WORDS.get(i)), words(random, WORDS.get(i)));
    }

    private static List<String> words(Random random, List<String> vocabulary) {
        return IntStream.range(0, random.nextInt(9))
                .mapToObj(n -> vocabulary.get(random.nextInt(vocabulary.size())))
                .toList();
    }

    private static String join(String language, List<String> words) {
        return String.join(language.equals("zh") ? "" : " ", words);
    }

    @TestFactory
    Stream<DynamicTest> anInsertedTermIsFoundWhereItWasPutAndGoneWhenRemoved() {
        return IntStream.range(0, CASES)
                .mapToObj(seed -> DynamicTest.dynamicTest(
                        "seed " + seed, () -> insertedTermIsFoundAndGoneWhenRemoved(generate(seed))));
    }

    private static void insertedTermIsFoundAndGoneWhenRemoved(Case c) {
        TermEntry entry = TestTerms.preferred(1, 1, c.language(), c.term());
        TermMatcher matcher = new TermMatcher(Analyzers.forLanguage(c.language()), List.of(entry));
        String sep = c.language().equals("zh") ? "" : " ";
        String before = join(c.language(), c.before());
        String prefix = before.isEmpty() ? "" : before + sep;
        String after = join(c.language(), c.after());
        String text = prefix + c.term() + (after.isEmpty() ? "" : sep + after);

        assertThat(matcher.find(text))
                .extracting(TermHit::start, TermHit::end)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        prefix.length(), prefix.length() + c.term().length()));
        assertThat(matcher.find(prefix + (after.isEmpty() ? "" : sep + after))).isEmpty();
    }
}
