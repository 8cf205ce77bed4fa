package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposedTextTest {

    private static LanguageMatch match(int start, int end, String covered) {
        return new LanguageMatch(
                LanguageMatch.idOf("R", start, end, covered),
                "R",
                "d",
                "TYPOS",
                MatchKind.SPELLING,
                start,
                end,
                "m",
                "s",
                List.of(),
                true);
    }

    @Test
    void composedTextIsLeftAsItIs() {
        ComposedText text = ComposedText.of("La sécurité alimentaire");
        assertThat(text.changed()).isFalse();
        assertThat(text.composed()).isEqualTo("La sécurité alimentaire");
    }

    @Test
    void decomposedFrenchIsComposedAndMatchesPointBackIntoTheOriginal() {
        String original = Normalizer.normalize(
                "Éliminer la pauvreté sous toutes ses formes et partout dans le monde", Normalizer.Form.NFD);
        ComposedText text = ComposedText.of(original);
        assertThat(text.changed()).isTrue();
        assertThat(text.composed()).startsWith("Éliminer la pauvreté");
        int start = text.composed().indexOf("pauvreté");
        LanguageMatch back = text.toOriginal(match(start, start + "pauvreté".length(), "pauvreté"));
        assertThat(original.substring(back.start(), back.end()))
                .isEqualTo(Normalizer.normalize("pauvreté", Normalizer.Form.NFD));
        LanguageMatch first = text.toOriginal(match(0, 8, "Éliminer"));
        assertThat(original.substring(first.start(), first.end()))
                .isEqualTo(Normalizer.normalize("Éliminer", Normalizer.Form.NFD));
    }

    @Test
    void decomposedRussianShortIAtTheEndOfTheText() {
        String original = Normalizer.normalize(
                        "Доля женщин в составе местных органов власти и в составе парламентов", Normalizer.Form.NFD)
                + " " + Normalizer.normalize("й", Normalizer.Form.NFD);
        ComposedText text = ComposedText.of(original);
        int length = text.composed().length();
        LanguageMatch last = text.toOriginal(match(length - 1, length, "й"));
        assertThat(last.end()).isEqualTo(original.length());
        assertThat(original.substring(last.start(), last.end()))
                .isEqualTo(Normalizer.normalize("й", Normalizer.Form.NFD));
    }
}
