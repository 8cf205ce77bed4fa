package org.statementworkbench.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.security.Role;

/**
 * A translator types an inflected or clitic form into the glossary search and finds the concept, as the term checks
 * would. The concepts carry a subject field of their own (chosen in the filter), so that the shipped glossary's
 * concepts with the same terms stay out of the list.
 */
@SpringBootTest
class GlossaryViewInflectionTest extends SignedInBrowserlessTest {

    @Autowired
    TestData data;

    final String subject = "view inflection " + TestData.tag('w');
    GlossaryConcept cybercrime;
    GlossaryConcept assembly;

    @BeforeEach
    void concepts() {
        cybercrime = data.concept(ConceptDraft.newConcept(List.of(subject), null, TestData.cybercrimeTerms()));
        assembly = data.concept(ConceptDraft.newConcept(List.of(subject), null, TestData.generalAssemblyTerms()));
        data.concept(ConceptDraft.newConcept(List.of(subject), null, TestData.cybersecurityTerms()));
        data.awaitInflectedSearch();
        String translator = data.translator(TestData.unique("gwt"), "Tarek Translator", UnLanguage.AR, UnLanguage.RU);
        TestSignIn.as(translator, Role.TRANSLATOR);
    }

    private List<Long> shown(GlossaryView view) {
        return IntStream.range(0, test(view.grid).size())
                .mapToObj(i -> test(view.grid).getRow(i).id())
                .toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @MethodSource("org.statementworkbench.TestData#inflectedForms")
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
