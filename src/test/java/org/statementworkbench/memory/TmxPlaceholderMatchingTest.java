package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Placeholders of imported inline codes count as tags, not as words or numbers: a unit that differs from the text
 * looked up only by its tags scores 100 less the formatting penalty, and its numbers are still adapted.
 */
class TmxPlaceholderMatchingTest {

    private static final String EN = "The Security Council adopted resolution 2231 (2015).";
    private static final String TAGGED = "The ⟦1⟧Security Council⟦2⟧ adopted resolution 2231 (2015).⟦3⟧";

    @Test
    void placeholdersAreTagsNotWordsOrNumbers() {
        MatchTokens tagged = MatchTokens.of(TAGGED);
        MatchTokens plain = MatchTokens.of(EN);
        assertThat(tagged.words()).isEqualTo(plain.words());
        assertThat(tagged.numbers()).containsExactly("2231", "2015");
        assertThat(tagged.punctuation()).isEqualTo(plain.punctuation());
        assertThat(tagged.formatting()).containsExactly("TAG", "TAG", "TAG");
        assertThat(FuzzyScorer.score(EN, TAGGED).value()).isEqualTo(100 - FuzzyScorer.FORMATTING_PENALTY);
        assertThat(FuzzyScorer.score(TAGGED, "The ⟦1⟧Security Council⟦2⟧ adopted resolution 2231 (2015).⟦3⟧")
                        .value())
                .isEqualTo(100);
    }

    @Test
    void onlyDifferingNumbersAreStillAdaptedBesideTags() {
        var score = FuzzyScorer.score("The ⟦1⟧Security Council⟦2⟧ adopted resolution 2334 (2016).⟦3⟧", TAGGED);
        assertThat(score.onlyNumbersDiffer()).isTrue();
        assertThat(score.value()).isEqualTo(100 - FuzzyScorer.NUMBER_PENALTY);
    }

    @Test
    void anEscapedBracketIsText() {
        assertThat(TmxInline.hasPlaceholder("a \\⟦1⟧ b")).isFalse();
        assertThat(TmxInline.hasPlaceholder("a ⟦12⟧ b")).isTrue();
        assertThat(TmxInline.placeholderLength("⟦x⟧", 0)).isZero();
    }
}
