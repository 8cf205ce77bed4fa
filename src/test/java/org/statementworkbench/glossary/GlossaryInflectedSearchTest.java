package org.statementworkbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.security.Role;

/**
 * The glossary search finds concepts by inflected and clitic forms of their terms' words, as the term checks do,
 * with its filters, paging and rights as before. Each test's concepts carry their own subject field, so that the
 * shipped glossary's concepts (which have the same terms) stay out of the counts.
 */
@SpringBootTest
class GlossaryInflectedSearchTest {

    @Autowired
    GlossaryService glossary;

    @Autowired
    TestData data;

    final String subject = "inflection " + TestData.tag('i');
    GlossaryConcept cybercrime;
    GlossaryConcept assembly;
    GlossaryConcept cybersecurity;

    @BeforeEach
    void concepts() {
        String manager = data.glossaryManager(TestData.unique("gim"), "Gloria Manager");
        TestSignIn.as(manager, Role.GLOSSARY_MANAGER);
        cybercrime = concept(TestData.cybercrimeTerms());
        assembly = concept(TestData.generalAssemblyTerms());
        cybersecurity = concept(TestData.cybersecurityTerms());
        data.awaitInflectedSearch();
    }

    @AfterEach
    void out() {
        TestSignIn.out();
    }

    private GlossaryConcept concept(List<TermDraft> terms) {
        return glossary.create(ConceptDraft.newConcept(List.of(subject), null, terms));
    }

    private List<Long> found(String text) {
        return found(new GlossaryQuery(text, false, null, subject, null, null, false));
    }

    private List<Long> found(GlossaryQuery query) {
        List<Long> ids =
                glossary.search(query, 0, 50).stream().map(GlossaryConcept::id).toList();
        assertThat(glossary.count(query)).isEqualTo(ids.size());
        assertThat(glossary.matchingIds(query)).containsExactlyInAnyOrderElementsOf(ids);
        return ids;
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @MethodSource("org.statementworkbench.TestData#inflectedForms")
    void anInflectedOrCliticFormFindsItsConcept(String typed, String concept) {
        long expected = concept.equals("assembly") ? assembly.id() : cybercrime.id();
        assertThat(found(typed)).containsExactly(expected);
    }

    @Test
    void prefixSearchAndTheFiltersWorkAsBefore() {
        assertThat(found("cyber")).containsExactlyInAnyOrder(cybercrime.id(), cybersecurity.id());
        assertThat(found("الجمعيه")).containsExactly(assembly.id());
        assertThat(found(new GlossaryQuery("киберпреступности", false, "ru", subject, null, null, false)))
                .containsExactly(cybercrime.id());
        // the filters apply to the term found: no French term is "киберпреступность"
        assertThat(found(new GlossaryQuery("киберпреступности", false, "fr", subject, null, null, false)))
                .isEmpty();
        assertThat(found(new GlossaryQuery(
                        "delitos cibernéticos", false, null, subject, UsageStatus.ADMITTED, null, false)))
                .containsExactly(cybercrime.id());
        assertThat(found(new GlossaryQuery(
                        "delitos cibernéticos", false, null, subject, UsageStatus.PREFERRED, null, false)))
                .isEmpty();
        assertThat(found(new GlossaryQuery("cybercrimes", false, null, subject, null, Approval.PROPOSED, false)))
                .isEmpty();
        assertThat(glossary.search(new GlossaryQuery("cybercrimes", false, null, subject, null, null, false), 1, 10))
                .isEmpty();
    }

    @Test
    void aRetiredConceptIsLeftOutAsBefore() {
        glossary.retire(assembly.id(), assembly.version(), "test over");
        data.awaitInflectedSearch();
        assertThat(found("للجمعية العامة")).isEmpty();
    }

    @Test
    void searchingStillNeedsASignedInUser() {
        TestSignIn.out();
        assertThatThrownBy(() -> glossary.search(GlossaryQuery.text("киберпреступности"), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
