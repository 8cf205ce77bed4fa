package org.statementworkbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/** Curation, search, history, proposals and role rules of the glossary, on MariaDB. */
@SpringBootTest
class GlossaryServiceTest {

    @Autowired
    GlossaryService glossary;

    @Autowired
    TermProposalService proposals;

    @Autowired
    GlossaryTerms terms;

    @Autowired
    TestData data;

    final String tag = TestData.tag('t');
    String manager = "";
    String translator = "";
    String reviewer = "";

    @BeforeEach
    void people() {
        manager = data.glossaryManager(TestData.unique("gm"), "Gloria Manager");
        translator = data.translator(TestData.unique("tr"), "Tarek Translator", UnLanguage.AR, UnLanguage.FR);
        reviewer = data.reviewer(TestData.unique("rv"), "Rosa Reviewer", UnLanguage.FR);
        TestSignIn.as(manager, Role.GLOSSARY_MANAGER);
    }

    @AfterEach
    void out() {
        TestSignIn.out();
    }

    private GlossaryConcept ccpcj() {
        return glossary.create(new ConceptDraft(
                null,
                0,
                "ccpcj-" + tag,
                List.of("crime prevention and criminal justice"),
                "Functional commission of ECOSOC",
                null,
                null,
                TestData.ccpcjTerms("Commission on Crime Prevention and Criminal Justice")));
    }

    @Test
    void managersCreateAndEveryoneSearchesWithFolding() {
        GlossaryConcept c = ccpcj();
        assertThat(c.terms()).allMatch(t -> t.approval() == Approval.APPROVED);
        TestSignIn.as(translator, Role.TRANSLATOR);
        GlossaryQuery byId = GlossaryQuery.all();
        // accents and case folded, prefix of a word
        assertThat(ids(glossary.search(GlossaryQuery.text("PREVENTION DU CRI"), 0, 50)))
                .contains(c.id());
        // Arabic with diacritics in the query: folded away
        assertThat(ids(glossary.search(GlossaryQuery.text("الجِنائيّة"), 0, 50)))
                .contains(c.id());
        // Chinese: substring
        assertThat(ids(glossary.search(GlossaryQuery.text("刑事司法"), 0, 50))).contains(c.id());
        // whole word: "crim" is a prefix only
        GlossaryQuery whole = new GlossaryQuery("crim", true, null, null, null, null, false);
        assertThat(ids(glossary.search(whole, 0, 50))).doesNotContain(c.id());
        assertThat(ids(glossary.search(whole.withText("crime"), 0, 50))).contains(c.id());
        // filters: language, subject field
        GlossaryQuery ru = new GlossaryQuery("crime", false, "ru", null, null, null, false);
        assertThat(ids(glossary.search(ru, 0, 50))).doesNotContain(c.id());
        GlossaryQuery subject =
                new GlossaryQuery("", false, null, "crime prevention and criminal justice", null, null, false);
        assertThat(ids(glossary.search(subject, 0, 500))).contains(c.id());
        assertThat(glossary.count(byId)).isPositive();
        // translators may not curate
        assertThatThrownBy(() -> glossary.retire(c.id(), c.version(), "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> glossary.create(ConceptDraft.newConcept(List.of(), null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exactMatchesComeFirstThenTermsStartingWithTheTextThenTheRest() {
        String word = "Zorvex" + tag;
        GlossaryConcept inside = glossary.create(ConceptDraft.newConcept(
                List.of(),
                null,
                List.of(TermDraft.of("en", "Office of the " + word, TermType.FULL_FORM, UsageStatus.PREFERRED))));
        GlossaryConcept starting = glossary.create(ConceptDraft.newConcept(
                List.of(),
                null,
                List.of(TermDraft.of("en", word + " Office", TermType.FULL_FORM, UsageStatus.PREFERRED))));
        GlossaryConcept exact = glossary.create(ConceptDraft.newConcept(
                List.of(), null, List.of(TermDraft.of("en", word, TermType.FULL_FORM, UsageStatus.PREFERRED))));
        GlossaryQuery query = GlossaryQuery.text(word.toLowerCase());
        assertThat(glossary.search(query, 0, 10))
                .extracting(GlossaryConcept::id)
                .containsExactly(exact.id(), starting.id(), inside.id());
        assertThat(glossary.search(query, 1, 1)).extracting(GlossaryConcept::id).containsExactly(starting.id());
        assertThat(glossary.count(query)).isEqualTo(3);
    }

    @Test
    void editsAreVersionedAndRecorded() {
        GlossaryConcept c = ccpcj();
        ConceptDraft draft = c.toDraft();
        List<TermDraft> edited = new ArrayList<>(draft.terms());
        edited.add(TermDraft.of("en", "CCPCJ", TermType.ACRONYM, UsageStatus.ADMITTED));
        GlossaryConcept v2 = glossary.update(new ConceptDraft(
                c.id(),
                c.version(),
                c.externalId(),
                draft.subjectFields(),
                draft.definition(),
                "Established in 1992",
                null,
                edited));
        assertThat(v2.terms(UnLanguage.EN))
                .extracting(GlossaryTerm::text)
                .containsExactly("Commission on Crime Prevention and Criminal Justice", "CCPCJ");
        assertThat(v2.terms(UnLanguage.EN).get(1).caseSensitive()).isTrue();
        // a stale edit is refused and changes nothing
        assertThatThrownBy(() -> glossary.update(
                        new ConceptDraft(c.id(), c.version(), c.externalId(), List.of(), null, null, null, List.of())))
                .isInstanceOf(GlossaryConflictException.class);
        assertThat(glossary.find(c.id()).orElseThrow().terms()).hasSize(5);
        // duplicates within a concept are refused
        List<TermDraft> twice = new ArrayList<>(v2.toDraft().terms());
        twice.add(TermDraft.of("en", "ccpcj", TermType.ACRONYM, UsageStatus.ADMITTED));
        assertThatThrownBy(() -> glossary.update(
                        new ConceptDraft(c.id(), v2.version(), c.externalId(), List.of(), null, null, null, twice)))
                .hasMessageContaining("twice");
        GlossaryConcept retired = glossary.retire(c.id(), v2.version(), "Superseded by a new entry");
        assertThat(retired.retired()).isTrue();
        assertThat(ids(glossary.search(GlossaryQuery.text("ccpcj"), 0, 50))).doesNotContain(c.id());
        List<ConceptChange> history = glossary.history(c.id());
        assertThat(history).extracting(ConceptChange::action).containsExactly("retired", "edited", "created");
        assertThat(history.get(1).summary()).contains("+ [en] CCPCJ").contains("+ note: Established in 1992");
        assertThat(history.get(1).before()).doesNotContain("CCPCJ");
        assertThat(history.get(0).changedBy()).isEqualTo(manager);
    }

    @Test
    void mergeMovesMissingTermsAndRetiresTheDuplicate() {
        GlossaryConcept keep = ccpcj();
        GlossaryConcept dup = glossary.create(new ConceptDraft(
                null,
                0,
                null,
                List.of("UN bodies and instruments"),
                null,
                null,
                null,
                List.of(
                        TermDraft.of(
                                "en",
                                "Commission on Crime Prevention and Criminal Justice",
                                TermType.FULL_FORM,
                                UsageStatus.PREFERRED),
                        TermDraft.of(
                                "es",
                                "Comisión de Prevención del Delito y Justicia Penal",
                                TermType.FULL_FORM,
                                UsageStatus.PREFERRED))));
        assertThat(glossary.conceptsWithTerm("en", "commission on crime prevention and criminal justice", keep.id()))
                .extracting(GlossaryConcept::id)
                .contains(dup.id());
        GlossaryConcept merged = glossary.merge(keep.id(), keep.version(), dup.id(), dup.version());
        assertThat(merged.terms(UnLanguage.EN)).hasSize(1);
        assertThat(merged.terms(UnLanguage.ES))
                .extracting(GlossaryTerm::text)
                .containsExactly("Comisión de Prevención del Delito y Justicia Penal");
        assertThat(merged.subjectFields()).contains("UN bodies and instruments");
        GlossaryConcept gone = glossary.find(dup.id()).orElseThrow();
        assertThat(gone.retired()).isTrue();
        assertThat(gone.mergedInto()).isEqualTo(keep.id());
    }

    @Test
    void proposalsAreHintsUntilAReviewerApproves() {
        GlossaryConcept c = ccpcj();
        long revision = terms.revision();
        TestSignIn.as(translator, Role.TRANSLATOR);
        TermProposal p = proposals.propose(new ProposalRequest(
                c.id(),
                "en",
                null,
                "fr",
                "CPCJP",
                "Sigle courant",
                7L,
                70L,
                3,
                "The Commission on Crime Prevention and Criminal Justice met.",
                "La Commission pour la prévention du crime et la justice pénale s'est réunie."));
        assertThat(terms.revision()).isGreaterThan(revision);
        assertThat(terms.terms(UnLanguage.FR))
                .filteredOn(t -> t.text().equals("CPCJP"))
                .singleElement()
                .satisfies(t -> assertThat(t.approved()).isFalse());
        // translators only propose in their working languages, and do not decide
        assertThatThrownBy(() -> proposals.propose(
                        new ProposalRequest(c.id(), "en", null, "ru", "КПППУП", null, null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.decide(p.id(), p.version(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThat(proposals.queue()).extracting(TermProposal::id).contains(p.id());
        assertThatThrownBy(() -> proposals.decide(p.id(), p.version(), false, " "))
                .hasMessageContaining("why");
        TermProposal approved = proposals.decide(p.id(), p.version(), true, "Agreed");
        assertThat(approved.state()).isEqualTo(Approval.APPROVED);
        assertThat(terms.terms(UnLanguage.FR))
                .filteredOn(t -> t.text().equals("CPCJP"))
                .singleElement()
                .satisfies(t -> assertThat(t.approved()).isTrue());
        assertThatThrownBy(() -> proposals.decide(p.id(), approved.version(), true, null))
                .hasMessageContaining("already");
        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThat(proposals.mine())
                .filteredOn(x -> x.id() == p.id())
                .singleElement()
                .satisfies(x -> assertThat(x.decidedBy()).isEqualTo(reviewer));
    }

    @Test
    void aRejectedNewConceptIsRetiredAndKept() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        TermProposal p = proposals.propose(new ProposalRequest(
                null,
                "en",
                "cyber-enabled crime " + tag,
                "fr",
                "criminalité facilitée par le cyberespace " + tag,
                null,
                null,
                null,
                null,
                "ctx",
                null));
        assertThat(p.newConcept()).isTrue();
        assertThat(p.terms()).hasSize(2);
        TestSignIn.as(reviewer, Role.REVIEWER);
        TermProposal rejected = proposals.decide(p.id(), p.version(), false, "Not an established UN term");
        assertThat(rejected.terms()).allMatch(t -> t.approval() == Approval.REJECTED);
        assertThat(glossary.find(p.conceptId()).orElseThrow().retired()).isTrue();
        assertThat(terms.terms(UnLanguage.FR)).noneMatch(t -> t.conceptId() == p.conceptId());
    }

    @Test
    void proposedConceptsGetReadableUniqueIdsFromTheEnglishTerm() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        TermProposal first = proposals.propose(new ProposalRequest(
                null, "en", "Cyber-grooming " + tag, "fr", null, null, null, null, null, "ctx", null));
        TermProposal second = proposals.propose(new ProposalRequest(
                null, "en", "cyber-grooming " + tag, "fr", null, null, null, null, null, "ctx", null));
        assertThat(first.conceptExternalId()).isEqualTo("cyber-grooming-" + tag.toLowerCase());
        assertThat(second.conceptExternalId()).isEqualTo("cyber-grooming-" + tag.toLowerCase() + "-2");

        // no English term: the other language's term, transliterated to Latin letters
        TermProposal russian = proposals.propose(new ProposalRequest(
                null, "ru", "киберпреступность " + tag, "fr", null, null, null, null, null, "ctx", null));
        assertThat(russian.conceptExternalId()).isEqualTo("kiberprestupnost-" + tag.toLowerCase());
        TermProposal arabic = proposals.propose(new ProposalRequest(
                null, "en", null, "ar", "الجريمة السيبرانية " + tag, null, null, null, null, null, "ctx"));
        assertThat(arabic.conceptExternalId())
                .matches("[a-z0-9-]+-" + tag.toLowerCase())
                .startsWith("al");
    }

    private static List<Long> ids(List<GlossaryConcept> concepts) {
        return concepts.stream().map(GlossaryConcept::id).toList();
    }
}
