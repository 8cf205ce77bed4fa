package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerms;
import org.statementworkbench.glossary.TermProposal;
import org.statementworkbench.glossary.TermProposalService;
import org.statementworkbench.security.Role;

/** A translator selects a term in the editor and proposes it with the segment as context, keyboard first. */
@SpringBootTest
class ProposeTermTest extends SignedInBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    TermProposalService proposals;

    @Autowired
    GlossaryTerms glossaryTerms;

    final String tag = TestData.tag('z');
    final String convention = "Convention " + tag;
    long statementId;
    GlossaryConcept concept;

    @BeforeEach
    void statementConceptAndTranslator() {
        concept = data.concept(ConceptDraft.newConcept(
                List.of("cybercrime"),
                "A treaty (test)",
                List.of(TestData.preferred("en", convention), TestData.preferred("es", "Convención " + tag))));
        statementId = data.statement("Statement on the " + convention)
                .body("Commission on Crime Prevention and Criminal Justice")
                .session("thirty-first session", "5")
                .by("Thailand")
                .into(UnLanguage.FR, UnLanguage.RU)
                .paragraphs("Thailand welcomes the " + convention + " against Cybercrime.", "Thank you.")
                .create();
        TestSignIn.as(data.translator("propose-fr-" + tag, "Claire Dubois", UnLanguage.FR), Role.TRANSLATOR);
    }

    /** What the browser reports when the person selects this text in the editor. */
    private static void select(SegmentEditor editor, String text) {
        int start = editor.getValue().indexOf(text);
        editor.select(start, start + text.length());
    }

    @Test
    void theSelectionBecomesANewFrenchEquivalentOfTheConceptWithTheSegmentAsContext() {
        EditorView view = navigate(EditorView.class, statementId);
        String french = "La Thaïlande salue la " + convention + " contre la cybercriminalité.";
        view.editPane.target.setValue(french);
        select(view.editPane.source, " " + convention + " ");
        select(view.editPane.target, convention);

        fireShortcut(Key.KEY_T, KeyModifier.ALT);
        ProposeTermDialog dialog = find(ProposeTermDialog.class).single();
        assertThat(dialog.sourceTerm.getValue()).isEqualTo(convention);
        assertThat(dialog.targetTerm.getValue()).isEqualTo(convention);
        // the concept with exactly this English term is offered, and chosen, as the one to extend
        assertThat(dialog.choice.getListDataView().getItems())
                .contains(ProposeTermDialog.NEW_CONCEPT)
                .anySatisfy(c -> assertThat(c.concept())
                        .isNotNull()
                        .extracting(GlossaryConcept::id)
                        .isEqualTo(concept.id()));
        assertThat(dialog.choice.getValue().concept())
                .isNotNull()
                .extracting(GlossaryConcept::id)
                .isEqualTo(concept.id());
        dialog.comment.setValue("Same as the Spanish: the tag is a name");
        test(dialog.propose).click();

        assertThat(find(ProposeTermDialog.class).all()).isEmpty();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Proposed; a reviewer will decide");
        TermProposal mine = proposals.mine().getFirst();
        assertThat(mine.conceptId()).isEqualTo(concept.id());
        assertThat(mine.newConcept()).isFalse();
        assertThat(mine.terms()).singleElement().satisfies(t -> {
            assertThat(t.languageTag()).isEqualTo("fr");
            assertThat(t.text()).isEqualTo(convention);
            assertThat(t.approval()).isEqualTo(Approval.PROPOSED);
        });
        assertThat(mine.statementId()).isEqualTo(statementId);
        assertThat(mine.segmentNumber()).isEqualTo(1);
        assertThat(mine.segmentId()).isEqualTo(view.editPane.row().segmentId());
        assertThat(mine.sourceContext()).isEqualTo("Thailand welcomes the " + convention + " against Cybercrime.");
        assertThat(mine.targetContext()).isEqualTo(french);
        assertThat(mine.comment()).isEqualTo("Same as the Spanish: the tag is a name");
        // proposed terms reach the term checks as hints (not enforced) until a reviewer approves them
        assertThat(glossaryTerms.terms(UnLanguage.FR))
                .filteredOn(t -> t.conceptId() == concept.id())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.approval()).isEqualTo(Approval.PROPOSED);
                    assertThat(t.approved()).isFalse();
                });
    }

    @Test
    void withoutASelectionTheButtonOpensAnEmptyDialogForANewConcept() {
        EditorView view = navigate(EditorView.class, statementId);
        test(view.editPane.actions.proposeTerm).click();
        ProposeTermDialog dialog = find(ProposeTermDialog.class).single();
        assertThat(dialog.sourceTerm.getValue()).isEmpty();
        assertThat(dialog.targetTerm.getValue()).isEmpty();
        assertThat(dialog.choice.getValue()).isEqualTo(ProposeTermDialog.NEW_CONCEPT);

        test(dialog.propose).click();
        assertThat(test(find(Notification.class).last()).getText()).contains("Select the term");
        assertThat(find(ProposeTermDialog.class).all()).hasSize(1);

        dialog.sourceTerm.setValue("welcomes the " + convention);
        assertThat(dialog.choice.getListDataView().getItems())
                .extracting(ProposeTermDialog.Choice::concept)
                .containsOnlyNulls();
        dialog.sourceTerm.setValue("cybercrime treaty " + convention);
        dialog.targetTerm.setValue("traité sur la cybercriminalité " + convention);
        test(dialog.propose).click();
        assertThat(proposals.mine().getFirst()).satisfies(p -> {
            assertThat(p.newConcept()).isTrue();
            assertThat(p.terms())
                    .extracting(t -> t.languageTag() + ":" + t.text())
                    .containsExactly(
                            "en:cybercrime treaty " + convention, "fr:traité sur la cybercriminalité " + convention);
        });
    }

    @Test
    void theQueueLinksToASegmentOfTheEditor() {
        UI.getCurrent().navigate(EditorView.class, statementId, QueryParameters.of("segment", "2"));
        EditorView view = (EditorView) getCurrentView();
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
        assertThat(view.toolbar.language.getValue()).isEqualTo(UnLanguage.FR);
    }

    @Test
    void aTranslatorProposesTargetTermsOnlyInTheirWorkingLanguages() {
        EditorView view = navigate(EditorView.class, statementId);
        view.toolbar.language.setValue(UnLanguage.RU);
        select(view.editPane.source, convention);
        fireShortcut(Key.KEY_T, KeyModifier.ALT);
        ProposeTermDialog dialog = find(ProposeTermDialog.class).single();
        assertThat(dialog.targetTerm.getLabel()).startsWith("Russian");
        dialog.targetTerm.setValue("Конвенция " + convention);

        test(dialog.propose).click();
        assertThat(test(find(Notification.class).last()).getText()).contains("working languages");
        assertThat(find(ProposeTermDialog.class).all()).hasSize(1);
        assertThat(proposals.mine()).isEmpty();
    }
}
