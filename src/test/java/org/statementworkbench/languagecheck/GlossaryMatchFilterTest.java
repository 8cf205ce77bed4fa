package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryFiles;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

/** The shipped UN glossary settles LanguageTool's matches: approved terms are no misspellings, deprecated ones not reported twice. */
class GlossaryMatchFilterTest {

    static InProcessLanguageChecker checker;
    static List<TermEntry> glossary;
    static GlossaryMatchFilter filter;

    @BeforeAll
    static void load() throws IOException {
        checker = new InProcessLanguageChecker();
        glossary = GlossaryFiles.read(Files.readAllBytes(Path.of("glossary", "un-glossary.csv")), "un-glossary.csv");
        filter = GlossaryMatchFilter.of(7, glossary);
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | تتعاون الدول الأعضاء في مكافحة الجريمة السيبرانية مع رابطة أمم جنوب شرق آسيا. | السيبرانية
            ar | يدعم مكتب الأمم المتحدة المعني بالمخدرات والجريمة الدول في مكافحة الجرائم التقليدية والسيبرانية. | والسيبرانية
            en | The Commission welcomed the work of UNODC and ESCAP in South-East Asia. | ESCAP
            fr | L'ONUDC aide les États membres de l'ASEAN à lutter contre la cybercriminalité. | ONUDC
            fr | L'ONUDC aide les États membres de l'ASEAN à lutter contre la cybercriminalité. | ASEAN
            fr | La CESAP et l'ONUDC coopèrent en Asie du Sud-Est. | CESAP
            ru | УНП ООН оказывает помощь государствам АСЕАН в борьбе с киберпреступностью. | киберпреступностью
            es | La UNODC presta asistencia técnica a los Estados miembros de la ASEAN contra la ciberdelincuencia. | UNODC
            es | La UNODC presta asistencia técnica a los Estados miembros de la ASEAN contra la ciberdelincuencia. | ciberdelincuencia
            """)
    void anApprovedTermIsNoMisspelling(String code, String text, String term) {
        UnLanguage language = UnLanguage.ofCode(code);
        List<LanguageMatch> raw = checker.check(language, text, RuleSettings.DEFAULT);
        assertThat(raw).as("LanguageTool alone flags it").anyMatch(m -> spelling(m, text, term));
        List<LanguageMatch> settled = filter.apply(language, text, raw);
        assertThat(settled).noneMatch(m -> spelling(m, text, term));
        assertThat(GlossaryMatchFilter.NONE.apply(language, text, raw)).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | La Commission a adopté la resolution sans vote. | resolution
            ar | أكد ممثل الامم المتحدة على التعاون. | الامم
            """)
    void aMisspeltApprovedTermIsStillAMisspelling(String code, String text, String word) {
        // "résolution" and "الأمم" are glossary words; written without their accent or hamza they are misspellings
        UnLanguage language = UnLanguage.ofCode(code);
        List<LanguageMatch> settled = filter.apply(language, text, checker.check(language, text, RuleSettings.DEFAULT));
        assertThat(settled).anyMatch(m -> spelling(m, text, word));
    }

    @Test
    void aDeprecatedTermIsLeftToTheTerminologyChecks() {
        // LanguageTool flags the hyphen of "cyber-criminalité"; once the glossary deprecates that spelling, the
        // terminology check reports it and LanguageTool's match would say the same thing a second time
        String text = "La cyber-criminalité touche tous les États membres.";
        List<LanguageMatch> raw = checker.check(UnLanguage.FR, text, RuleSettings.DEFAULT);
        assertThat(raw).anyMatch(m -> m.covered(text).equals("cyber-criminalité"));
        assertThat(filter.apply(UnLanguage.FR, text, raw)).isEqualTo(raw);

        List<TermEntry> withDeprecated = new ArrayList<>(glossary);
        TermEntry cybercrime = glossary.stream()
                .filter(t -> t.text().equals("cybercriminalité"))
                .findFirst()
                .orElseThrow();
        withDeprecated.add(new TermEntry(
                cybercrime.conceptId(),
                cybercrime.conceptExternalId(),
                99_999,
                UnLanguage.FR,
                "cyber-criminalité",
                TermType.VARIANT,
                UsageStatus.DEPRECATED,
                false,
                Approval.APPROVED));
        GlossaryMatchFilter deprecating = GlossaryMatchFilter.of(8, withDeprecated);
        List<LanguageMatch> settled = deprecating.apply(UnLanguage.FR, text, raw);
        assertThat(settled).noneMatch(m -> m.covered(text).contains("cyber-criminalité"));
        assertThat(deprecating.revision()).isEqualTo(8);
    }

    @Test
    void aProposedTermIsNotYetAccepted() {
        String text = "La CESAP et l'ONUDC coopèrent en Asie du Sud-Est.";
        List<TermEntry> proposed = glossary.stream()
                .map(t -> new TermEntry(
                        t.conceptId(),
                        t.conceptExternalId(),
                        t.termId(),
                        t.language(),
                        t.text(),
                        t.type(),
                        t.status(),
                        t.caseSensitive(),
                        Approval.PROPOSED))
                .toList();
        List<LanguageMatch> raw = checker.check(UnLanguage.FR, text, RuleSettings.DEFAULT);
        assertThat(GlossaryMatchFilter.of(1, proposed).apply(UnLanguage.FR, text, raw))
                .anyMatch(m -> spelling(m, text, "CESAP"));
    }

    @Test
    void marksAreTheLettersWithDiacritics() {
        assertThat(GlossaryWords.marks("résolutions")).isEqualTo("é");
        assertThat(GlossaryWords.marks("resolution")).isEmpty();
        assertThat(GlossaryWords.marks("والأمم")).isEqualTo("أ");
        assertThat(GlossaryWords.marks("والسيبرانيةُ")).isEmpty();
        assertThat(GlossaryWords.marks("Объединённых")).isEmpty();
    }

    static boolean spelling(LanguageMatch m, String text, String word) {
        return m.kind() == MatchKind.SPELLING && m.covered(text).equals(word);
    }
}
