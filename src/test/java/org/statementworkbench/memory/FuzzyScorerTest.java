package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer on real UN wording (SDG targets and their UN translations). */
class FuzzyScorerTest {

    private static final String TARGET_1_1 =
            "By 2030, eradicate extreme poverty for all people everywhere, currently measured as people living on less"
                    + " than $1.25 a day";

    @Test
    void anExactSentenceScores100AndSpacingDoesNotCount() {
        assertThat(FuzzyScorer.score(TARGET_1_1, TARGET_1_1).value()).isEqualTo(100);
        assertThat(FuzzyScorer.score(TARGET_1_1.replace(", ", ",  "), TARGET_1_1)
                        .value())
                .isEqualTo(100);
    }

    @Test
    void oneWordDeletedOrReplacedCostsItsShareOfTheLongerSentence() {
        // 20 words (the numbers count as words): one deleted or replaced is 95
        String deleted = TARGET_1_1.replace("extreme ", "");
        String replaced = TARGET_1_1.replace("eradicate", "end");
        assertThat(FuzzyScorer.score(deleted, TARGET_1_1).value()).isEqualTo(95);
        assertThat(FuzzyScorer.score(replaced, TARGET_1_1).value()).isEqualTo(95);
        assertThat(FuzzyScorer.score(replaced, TARGET_1_1).onlyNumbersDiffer()).isFalse();
    }

    @Test
    void onlyNumbersDifferingIsAPenaltyAndTheTargetGetsTheNumbers() {
        String query = TARGET_1_1.replace("$1.25", "$1.90").replace("2030", "2025");
        var score = FuzzyScorer.score(query, TARGET_1_1);
        assertThat(score.value()).isEqualTo(100 - FuzzyScorer.NUMBER_PENALTY);
        assertThat(score.onlyNumbersDiffer()).isTrue();
        String french =
                "D’ici à 2030, éliminer complètement l’extrême pauvreté dans le monde entier (s’entend actuellement"
                        + " du fait de vivre avec moins de 1,25 dollar par jour)";
        // the French writes 1,25: not the source's 1.25, so the adaptation is refused rather than half done
        assertThat(FuzzyScorer.adaptNumbers(french, List.of("2030", "1.25"), List.of("2025", "1.90")))
                .isEmpty();
        String russian = "К 2030 году ликвидировать крайнюю нищету для всех людей во всем мире (в настоящее время к"
                + " этой категории относятся люди, живущие менее чем на 1,25 долл. США в день)";
        assertThat(FuzzyScorer.adaptNumbers(russian, List.of("2030"), List.of("2025")))
                .contains(russian.replace("2030", "2025"));
    }

    @Test
    void punctuationFormattingAndCasePenalties() {
        String source = "Strengthen the means of implementation and revitalize the Global Partnership for Sustainable"
                + " Development";
        assertThat(FuzzyScorer.score(source + ".", source).value()).isEqualTo(99);
        assertThat(FuzzyScorer.score(source.replace("Global Partnership", "**Global Partnership**"), source)
                        .value())
                .isEqualTo(99);
        assertThat(FuzzyScorer.score(source.toLowerCase(java.util.Locale.ROOT), source)
                        .value())
                .isEqualTo(99);
    }

    @Test
    void chineseIsScoredOnCharacters() {
        String memory = "到2030年,在全球所有人口中消除极端贫困,极端贫困目前的衡量标准是每人每日生活费不足1.25美元";
        String oneCharacterLess = memory.replace("全球所有人口", "全球人口"); // 所有 is two characters of ~40
        int score = FuzzyScorer.score(oneCharacterLess, memory).value();
        assertThat(score).isBetween(90, 96);
        assertThat(MatchTokens.of(memory).words()).contains("贫", "困");
    }

    @Test
    void arabicTatweelAndVowelMarksAreNotWordDifferences() {
        String plain = "القضاء على الفقر بجميع أشكاله في كل مكان";
        String withTatweel = "القضاء على الفقـر بجميع أشكاله في كل مكان";
        assertThat(FuzzyScorer.score(withTatweel, plain).value()).isEqualTo(99);
    }
}
