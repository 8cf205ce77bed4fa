package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.statementworkbench.statement.WordDiff.Kind;
import org.statementworkbench.statement.WordDiff.Part;

class WordDiffAndCountTest {

    private static String render(List<Part> parts) {
        return parts.stream()
                .map(p -> switch (p.kind()) {
                    case SAME -> p.text();
                    case ADDED -> "{+" + p.text() + "+}";
                    case REMOVED -> "[-" + p.text() + "-]";
                })
                .collect(Collectors.joining());
    }

    @Test
    void frenchWordsChangedAreMarkedAndTheRestKept() {
        assertThat(render(WordDiff.between(
                        "La Thaïlande s’engage à lutter contre la cybercriminalité.",
                        "La Thaïlande réaffirme son engagement à lutter contre la cybercriminalité.")))
                .isEqualTo(
                        "La Thaïlande [-s’engage-]{+réaffirme son engagement+} à lutter contre la cybercriminalité.");
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        assertThat(render(WordDiff.between("泰国承诺打击网络犯罪。", "泰国承诺积极打击网络犯罪。"))).isEqualTo("泰国承诺{+积极+}打击网络犯罪。");
    }

    @Test
    void arabicWordsWithDiacriticsStayWhole() {
        List<Part> parts = WordDiff.between("شكراً.", "شكراً جزيلاً.");
        assertThat(render(parts)).isEqualTo("شكراً{+ جزيلاً+}.");
    }

    @Test
    void randomEditsOfRealSentencesAlwaysConcatenateBackAndKeepUnchangedWords() {
        String[] sentences = {
            "Thailand reiterates its commitment to actively participating in the Ad Hoc Committee.",
            "Тайланд вновь подтверждает свою приверженность активному участию в работе Специального комитета.",
            "تؤكد تايلند من جديد التزامها بالمشاركة الفعالة في اللجنة المخصصة.",
            "泰国重申承诺积极参与特设委员会的工作。"
        };
        var random = new java.util.Random(42);
        for (int round = 0; round < 400; round++) {
            String before = sentences[random.nextInt(sentences.length)];
            List<String> words = new java.util.ArrayList<>(List.of(before.split("(?<= )|(?<=\\p{IsHan})")));
            for (int edits = random.nextInt(4); edits >= 0 && !words.isEmpty(); edits--) {
                int at = random.nextInt(words.size());
                switch (random.nextInt(3)) {
                    case 0 -> words.remove(at);
                    case 1 -> words.add(at, "nouveau ");
                    default -> words.set(at, "autre ");
                }
            }
            String after = String.join("", words);
            List<Part> parts = WordDiff.between(before, after);
            assertConcatenateBackTo(parts, before, after);
            if (before.equals(after)) {
                assertThat(parts).containsExactly(new Part(Kind.SAME, before));
            }
        }
    }

    @Test
    void aVeryLongTextFallsBackToRemovedAndAdded() {
        String before = "word ".repeat(25_000);
        String after = "mot ".repeat(25_000);
        assertThat(WordDiff.between(before, after))
                .containsExactly(new Part(Kind.REMOVED, before), new Part(Kind.ADDED, after));
    }

    @Test
    void partsConcatenateBackToBothTexts() {
        String before = "Thailand pledges its commitment to tackle cybercrime.";
        String after = "Thailand reiterates its commitment to combat cybercrime, in particular online.";
        assertConcatenateBackTo(WordDiff.between(before, after), before, after);
    }

    /** The parts without the added ones give the text before; without the removed ones, the text after. */
    private static void assertConcatenateBackTo(List<Part> parts, String before, String after) {
        assertThat(textWithout(Kind.ADDED, parts)).isEqualTo(before);
        assertThat(textWithout(Kind.REMOVED, parts)).isEqualTo(after);
    }

    private static String textWithout(Kind kind, List<Part> parts) {
        return parts.stream().filter(p -> p.kind() != kind).map(Part::text).collect(Collectors.joining());
    }

    @Test
    void wordsAreCountedPerLanguageConvention() {
        assertThat(WordCount.of("Thailand pledges its commitment to tackle cybercrime."))
                .isEqualTo(7);
        assertThat(WordCount.of("**Mr. Chair,**")).isEqualTo(2);
        assertThat(WordCount.of("La Thaïlande s’engage à lutter contre la cybercriminalité."))
                .isEqualTo(8);
        assertThat(WordCount.of("泰国承诺打击网络犯罪。")).isEqualTo(10);
        assertThat(WordCount.of("تلتزم تايلند بمكافحة الجريمة السيبرانية.")).isEqualTo(5);
        assertThat(WordCount.of("COVID-19 and 1.5 per cent")).isEqualTo(5);
    }
}
