package org.statementworkbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    GlossaryTerms terms;

    @Autowired
    InflectedTermSearch inflected;

    @Autowired
    TestData data;

    String subject = "";
    GlossaryConcept cybercrime;
    GlossaryConcept assembly;
    GlossaryConcept cybersecurity;

    @BeforeEach
    void concepts() throws InterruptedException {
        String tag = "i" + System.nanoTime() % 10_000_000;
        subject = "inflection " + tag;
        data.glossaryManager("gim-" + tag, "Gloria Manager");
        TestSignIn.as("gim-" + tag, Role.GLOSSARY_MANAGER);
        cybercrime = concept(
                TermDraft.of("ru", "киберпреступность", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("ar", "الجريمة السيبرانية", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("en", "cybercrime", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("fr", "cybercriminalité", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("es", "ciberdelincuencia", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("es", "delito cibernético", TermType.FULL_FORM, UsageStatus.ADMITTED));
        assembly = concept(
                TermDraft.of("ar", "الجمعية العامة", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("en", "General Assembly", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("fr", "Assemblée générale", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("es", "Asamblea General", TermType.FULL_FORM, UsageStatus.PREFERRED));
        cybersecurity = concept(
                TermDraft.of("ar", "الأمن السيبراني", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("en", "cybersecurity", TermType.FULL_FORM, UsageStatus.PREFERRED));
        awaitIndexed(inflected, terms);
    }

    @AfterEach
    void out() {
        TestSignIn.out();
    }

    /** Waits (at most 5 s) until the inflected search reflects the glossary as stored. */
    static void awaitIndexed(InflectedTermSearch inflected, GlossaryTerms terms) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (inflected.revision() < terms.revision() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(inflected.revision())
                .as("revision of the inflected search")
                .isGreaterThanOrEqualTo(terms.revision());
    }

    private GlossaryConcept concept(TermDraft... drafts) {
        return glossary.create(new ConceptDraft(null, 0, null, List.of(subject), null, null, null, List.of(drafts)));
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

    @Test
    void russianCasesFindTheirConcept() {
        assertThat(found("киберпреступности")).containsExactly(cybercrime.id());
        assertThat(found("Киберпреступностью")).containsExactly(cybercrime.id());
    }

    @Test
    void arabicCliticsAndTheArticleFindTheirConcept() {
        assertThat(found("للجريمة السيبرانية")).containsExactly(cybercrime.id());
        assertThat(found("للجمعية العامة")).containsExactly(assembly.id());
        // one word without the article: concepts whose Arabic term has السيبرانية (not the masculine السيبراني)
        assertThat(found("سيبرانية")).containsExactly(cybercrime.id());
        assertThat(found("سِيبرانيّة")).containsExactly(cybercrime.id());
    }

    @Test
    void frenchElisionAndSpanishAndEnglishPluralsFindTheirConcept() {
        assertThat(found("l'Assemblée générale")).containsExactly(assembly.id());
        assertThat(found("L’ASSEMBLEE GENERALE")).containsExactly(assembly.id());
        assertThat(found("delitos cibernéticos")).containsExactly(cybercrime.id());
        assertThat(found("cybercrimes")).containsExactly(cybercrime.id());
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
    void aRetiredConceptIsLeftOutAsBefore() throws InterruptedException {
        glossary.retire(assembly.id(), assembly.version(), "test over");
        awaitIndexed(inflected, terms);
        assertThat(found("للجمعية العامة")).isEmpty();
    }

    @Test
    void searchingStillNeedsASignedInUser() {
        TestSignIn.out();
        assertThatThrownBy(() -> glossary.search(GlossaryQuery.text("киберпреступности"), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
