package org.statementworkbench.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerms;
import org.statementworkbench.glossary.InflectedTermSearch;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.Role;

/**
 * A translator types an inflected or clitic form into the glossary search and finds the concept, as the term checks
 * would. The concepts carry a subject field of their own (chosen in the filter), so that the shipped glossary's
 * concepts with the same terms stay out of the list.
 */
@SpringBootTest
class GlossaryViewInflectionTest extends SignedInBrowserlessTest {

    @Autowired
    GlossaryService glossary;

    @Autowired
    GlossaryTerms terms;

    @Autowired
    InflectedTermSearch inflected;

    @Autowired
    TestData data;

    String subject = "";
    String translator = "";
    GlossaryConcept cybercrime;
    GlossaryConcept assembly;

    @BeforeEach
    void concepts() {
        String tag = "w" + System.nanoTime() % 10_000_000;
        subject = "view inflection " + tag;
        translator = "gwt-" + tag;
        data.glossaryManager("gwm-" + tag, "Gloria Manager");
        data.translator(translator, "Tarek Translator", UnLanguage.AR, UnLanguage.RU);
        TestSignIn.as("gwm-" + tag, Role.GLOSSARY_MANAGER);
        cybercrime = concept(
                TermDraft.of("ru", "киберпреступность", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("ar", "الجريمة السيبرانية", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("en", "cybercrime", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("fr", "cybercriminalité", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("es", "delito cibernético", TermType.FULL_FORM, UsageStatus.PREFERRED));
        assembly = concept(
                TermDraft.of("ar", "الجمعية العامة", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("en", "General Assembly", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("fr", "Assemblée générale", TermType.FULL_FORM, UsageStatus.PREFERRED));
        concept(
                TermDraft.of("ar", "الأمن السيبراني", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("en", "cybersecurity", TermType.FULL_FORM, UsageStatus.PREFERRED));
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> inflected.revision() >= terms.revision());
        TestSignIn.as(translator, Role.TRANSLATOR);
    }

    private GlossaryConcept concept(TermDraft... drafts) {
        return glossary.create(new ConceptDraft(null, 0, null, List.of(subject), null, null, null, List.of(drafts)));
    }

    private List<Long> shown(GlossaryView view) {
        return IntStream.range(0, test(view.grid).size())
                .mapToObj(i -> test(view.grid).getRow(i).id())
                .toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
        "киберпреступности, cybercrime",
        "киберпреступностью, cybercrime",
        "للجريمة السيبرانية, cybercrime",
        "للجمعية العامة, assembly",
        "سيبرانية, cybercrime",
        "l'Assemblée générale, assembly",
        "delitos cibernéticos, cybercrime",
        "cybercrimes, cybercrime"
    })
    void anInflectedOrCliticFormFindsItsConcept(String typed, String concept) {
        GlossaryView view = navigate(GlossaryView.class);
        view.subject.setValue(subject);
        test(view.search).setValue(typed);
        long expected = concept.equals("assembly") ? assembly.id() : cybercrime.id();
        assertThat(shown(view)).containsExactly(expected);
        assertThat(view.resultCount.getText()).isEqualTo("1 concept");
        assertThat(GlossaryGrid.preferred(test(view.grid).getRow(0), UnLanguage.AR))
                .isNotBlank();
    }
}
