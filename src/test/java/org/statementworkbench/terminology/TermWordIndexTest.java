package org.statementworkbench.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statementworkbench.terminology.TestTerms.preferred;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.GlossarySnapshot;
import org.statementworkbench.glossary.TermEntry;

/**
 * The glossary search's word index: the words of a search in inflected and clitic forms find the terms that have
 * them, in each UN language, through the term checks' analyzers. Terms are the shipped glossary's UN usage.
 */
class TermWordIndexTest {

    private static final List<TermEntry> TERMS = List.of(
            preferred(1, 11, "ru", "киберпреступность"),
            preferred(1, 12, "ar", "الجريمة السيبرانية"),
            preferred(1, 13, "en", "cybercrime"),
            preferred(1, 14, "fr", "cybercriminalité"),
            preferred(1, 15, "es", "ciberdelincuencia"),
            preferred(1, 16, "es", "delito cibernético"),
            preferred(2, 21, "ru", "Генеральная Ассамблея"),
            preferred(2, 22, "ar", "الجمعية العامة"),
            preferred(2, 23, "en", "General Assembly"),
            preferred(2, 24, "fr", "Assemblée générale"),
            preferred(2, 25, "es", "Asamblea General"),
            preferred(3, 31, "ar", "الأمن السيبراني"),
            preferred(3, 32, "en", "cybersecurity"),
            preferred(4, 41, "zh", "网络犯罪"));

    private static final TermWordIndex.Words WORDS = TermWordIndex.build(GlossarySnapshot.of(7, TERMS));

    @ParameterizedTest(name = "{0} finds term {1}")
    @CsvSource({
        "киберпреступности, 11",
        "киберпреступностью, 11",
        "КИБЕРПРЕСТУПНОСТЬЮ, 11",
        "Генеральной Ассамблеи, 21",
        "للجريمة السيبرانية, 12",
        "سيبرانية, 12",
        "السيبرانية, 12",
        "للجمعية العامة, 22",
        "والجمعية العامة, 22",
        "cybercrimes, 13",
        "l'Assemblée générale, 24",
        "l’Assemblee generale, 24",
        "delitos cibernéticos, 16",
        "Asambleas Generales, 25"
    })
    void aWordInAnyFormFindsItsTerm(String search, long termId) {
        assertThat(WORDS.termIds(search, null, false)).containsExactly(termId);
    }

    @Test
    void everyContentWordMustBeInTheTermInSomeForm() {
        assertThat(WORDS.termIds("Генеральной Ассамблеи", UnLanguage.RU, false)).containsExactly(21L);
        assertThat(WORDS.termIds("Генеральной преступности", UnLanguage.RU, false))
                .isEmpty();
        // articles and prepositions aside: "de la" is not asked of the term
        assertThat(WORDS.termIds("delitos de la Asamblea", UnLanguage.ES, false))
                .isEmpty();
        assertThat(WORDS.termIds("delitos de los cibernéticos", UnLanguage.ES, false))
                .containsExactly(16L);
        assertThat(WORDS.termIds("de la", UnLanguage.ES, false)).isEmpty();
        assertThat(WORDS.termIds("", null, false)).isEmpty();
        // whole words: "cybercrim" is a stem, not a word
        assertThat(WORDS.termIds("cybercrim", null, true)).isEmpty();
        assertThat(WORDS.termIds("cybercrimes", null, true)).containsExactly(13L);
    }

    @Test
    void theLanguageLimitsTheTermsFound() {
        assertThat(WORDS.termIds("киберпреступности", UnLanguage.RU, false)).containsExactly(11L);
        assertThat(WORDS.termIds("киберпреступности", UnLanguage.FR, false)).isEmpty();
        assertThat(WORDS.termIds("Assemblées", UnLanguage.FR, false)).containsExactly(24L);
    }

    @Test
    void theMasculineAdjectiveIsAnotherWord() {
        // السيبراني (cybersecurity's adjective) is not السيبرانية
        assertThat(WORDS.termIds("سيبرانية", UnLanguage.AR, false)).doesNotContain(31L);
        assertThat(WORDS.termIds("السيبراني", UnLanguage.AR, false)).containsExactly(31L);
    }

    @Test
    void anEmptyGlossaryFindsNothing() {
        TermWordIndex.Words none = TermWordIndex.build(GlossarySnapshot.EMPTY);
        assertThat(Stream.of("киберпреступности", "سيبرانية", "cybercrimes"))
                .allSatisfy(w -> assertThat(none.termIds(w, null, false)).isEmpty());
    }
}
