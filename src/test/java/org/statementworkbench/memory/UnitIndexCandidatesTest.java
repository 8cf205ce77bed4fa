package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;

/**
 * Candidates come only from units with a text in the target language, whichever way the index searches them: without
 * the language filter when nearly every unit has that language, with it otherwise (see
 * {@link UnitIndex#candidates}).
 */
class UnitIndexCandidatesTest {

    private static final String SOURCE =
            "Reduce illegal financial and arms flows and combat all forms of organized crime.";
    private static final String FRENCH =
            "Réduire les flux financiers illicites et le trafic d’armes et lutter contre toutes"
                    + " les formes de criminalité organisée.";

    @Test
    void fewUnitsWithoutTheTargetAreSkippedInTheUnfilteredSearch() throws Exception {
        // 98 of 100 units have French: the search runs unfiltered; the best-scoring unit lacks French and is skipped
        // within the page read (max / 0.9 + 1 = 13 units).
        try (var index = new UnitIndex(new ByteBuffersDirectory())) {
            index.put(unit(1, SOURCE, false));
            index.put(unit(2, "Ensure access to affordable, reliable, sustainable and modern energy for all.", false));
            for (int i = 3; i <= 5; i++) {
                index.put(unit(i, withoutWords(SOURCE, i), true));
            }
            for (int i = 6; i <= 100; i++) {
                index.put(unit(i, withoutWords(SOURCE, i % 9 + 1), true));
            }
            index.commit(1);

            List<IndexedUnit> found = index.candidates(UnLanguage.EN, UnLanguage.FR, SOURCE, 10);

            assertThat(found).hasSize(10);
            assertThat(found).allMatch(u -> u.texts().containsKey(UnLanguage.FR));
            assertThat(found).extracting(IndexedUnit::id).doesNotContain(1L, 2L);
        }
    }

    @Test
    void manyUnitsWithoutTheTargetAreFilteredInTheSearch() throws Exception {
        // Only 3 of 60 units have French: the filtered search finds those three, though 57 better ones lack French.
        try (var index = new UnitIndex(new ByteBuffersDirectory())) {
            for (int i = 1; i <= 57; i++) {
                index.put(unit(i, SOURCE, false));
            }
            for (int i = 58; i <= 60; i++) {
                index.put(unit(i, withoutWords(SOURCE, i - 55), true));
            }
            index.commit(1);

            List<IndexedUnit> found = index.candidates(UnLanguage.EN, UnLanguage.FR, SOURCE, 10);

            assertThat(found).extracting(IndexedUnit::id).containsExactlyInAnyOrder(58L, 59L, 60L);
        }
    }

    @Test
    void theUnfilteredPageFallsBackToTheFilteredSearchWhenItHoldsTooFewUnitsWithTheTarget() throws Exception {
        // 92 of 100 units have French (unfiltered search), but the 8 without French are the best matches and the
        // page read (max / 0.9 + 1 = 13) holds only 5 units with French: the filtered search brings the full 10.
        try (var index = new UnitIndex(new ByteBuffersDirectory())) {
            for (int i = 1; i <= 8; i++) {
                index.put(unit(i, SOURCE, false));
            }
            for (int i = 9; i <= 100; i++) {
                index.put(unit(i, withoutWords(SOURCE, i % 9 + 2), true));
            }
            index.commit(1);

            List<IndexedUnit> found = index.candidates(UnLanguage.EN, UnLanguage.FR, SOURCE, 10);

            assertThat(found).hasSize(10).allMatch(u -> u.texts().containsKey(UnLanguage.FR));
        }
    }

    private static IndexedUnit unit(long id, String english, boolean french) {
        Map<UnLanguage, String> texts = new EnumMap<>(UnLanguage.class);
        texts.put(UnLanguage.EN, english);
        texts.put(
                french ? UnLanguage.FR : UnLanguage.ES,
                french ? FRENCH : "Reducir las corrientes financieras ilícitas.");
        return new IndexedUnit(id, 1, texts, 1);
    }

    /** The text with its last {@code n} words left out (never fewer than three words). */
    private static String withoutWords(String text, int n) {
        String[] words = text.split(" ");
        int keep = Math.max(3, words.length - n);
        return String.join(" ", java.util.Arrays.copyOf(words, keep));
    }
}
