package org.statementworkbench.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.ImmediateUi;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.ProposalDecided;
import org.statementworkbench.glossary.ProposalRequest;
import org.statementworkbench.glossary.TermProposal;
import org.statementworkbench.glossary.TermProposalService;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.Role;

/** Reviewers work the queue of term proposals with their context; proposers see the outcome. */
@SpringBootTest
class ProposalQueueViewTest extends SignedInBrowserlessTest {

    @Autowired
    GlossaryService glossary;

    @Autowired
    TermProposalService proposals;

    @Autowired
    TestData data;

    @Autowired
    ProposalOutcomeNotifier notifier;

    final String tag = TestData.tag('q');
    final String source = "Thailand welcomes the Convention " + tag + " against Cybercrime.";
    final String target = "La Thaïlande salue la Convention " + tag + " contre la cybercriminalité.";
    String translator = "";
    String reviewer = "";
    GlossaryConcept concept;

    @BeforeEach
    void peopleAndConcept() {
        translator = data.translator("queue-tr-" + tag, "Claire Dubois", UnLanguage.FR);
        reviewer = data.reviewer("queue-rv-" + tag, "Rosa Reviewer", UnLanguage.FR);
        concept = data.concept(ConceptDraft.newConcept(
                List.of(),
                null,
                List.of(
                        TestData.preferred("en", "Convention " + tag),
                        TestData.term("fr", "Convention de " + tag, UsageStatus.ADMITTED))));
    }

    private TermProposal propose(String by, Role role, String frenchTerm, String comment) {
        TestSignIn.as(by, role);
        return proposals.propose(new ProposalRequest(
                concept.id(), "en", "Convention " + tag, "fr", frenchTerm, comment, 41L, 410L, 2, source, target));
    }

    private static ProposalCard card(ProposalQueueView view, TermProposal p) {
        return view.cards.stream()
                .filter(c -> c.proposal.id() == p.id())
                .findFirst()
                .orElseThrow();
    }

    private static List<String> marked(Element context) {
        return context.getChildren()
                .filter(e -> !e.isTextNode() && e.getTag().equals("mark"))
                .map(Element::getText)
                .toList();
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    @Test
    void aReviewerSeesTheProposalWithItsContextAndApprovesIt() {
        TermProposal p = propose(translator, Role.TRANSLATOR, "Convention " + tag, "Usual short name");
        TestSignIn.as(reviewer, Role.REVIEWER);
        ProposalQueueView view = navigate(ProposalQueueView.class);
        assertThat(view.getPageTitle()).matches("Term proposals \\(\\d+ open\\).*");
        ProposalCard card = card(view, p);
        assertThat(card.getElement().getTextRecursively())
                .contains(
                        "New French equivalent for “Convention " + tag + "” (" + concept.externalId() + ")",
                        "Proposed by " + translator,
                        "fr: Convention " + tag + " (full form)",
                        "Already in the concept",
                        "en: Convention " + tag,
                        "fr: Convention de " + tag,
                        "Usual short name",
                        "Segment 2");
        // the term is marked in both texts of the segment
        assertThat(marked(card.sourceContext.getElement())).containsExactly("Convention " + tag);
        assertThat(marked(card.targetContext.getElement())).containsExactly("Convention " + tag);
        assertThat(card.sourceContext.getElement().getTextRecursively()).isEqualTo(source);
        assertThat(card.getElement().getTextRecursively()).contains("open in the editor");

        test(card.approve).click();
        assertThat(lastNotification()).startsWith("Approved: fr: Convention " + tag);
        assertThat(view.cards).noneMatch(c -> c.proposal.id() == p.id());
        assertThat(glossary.find(concept.id()).orElseThrow().terms(UnLanguage.FR))
                .filteredOn(t -> t.proposalId() != null)
                .singleElement()
                .satisfies(t -> assertThat(t.approval()).isEqualTo(Approval.APPROVED));
    }

    @Test
    void aRejectionNeedsACommentWhichTheProposerReadsInMyProposals() {
        TermProposal p = propose(translator, Role.TRANSLATOR, "CCC " + tag, null);
        List<ProposalDecided> heard = new CopyOnWriteArrayList<>();
        var registration = notifier.register(translator, new ImmediateUi(), heard::add);
        TestSignIn.as(reviewer, Role.REVIEWER);
        ProposalQueueView view = navigate(ProposalQueueView.class);

        test(card(view, p).reject).click();
        assertThat(lastNotification()).contains("Say why");
        assertThat(view.cards).anyMatch(c -> c.proposal.id() == p.id());
        card(view, p).note.setValue("Not used in UN documents; keep the full name");
        test(card(view, p).reject).click();
        assertThat(view.cards).noneMatch(c -> c.proposal.id() == p.id());
        await().until(() -> !heard.isEmpty());
        registration.remove();

        // the proposer was told at once (pushed to their open screens), with the comment
        assertThat(heard).singleElement().satisfies(d -> {
            assertThat(d.decision()).isEqualTo(Approval.REJECTED);
            assertThat(ProposalOutcomeNotifier.message(d))
                    .isEqualTo("Your term proposal “CCC " + tag + "” was rejected by " + reviewer
                            + ": Not used in UN documents; keep the full name");
        });
        TestSignIn.as(translator, Role.TRANSLATOR);
        MyProposalsView mine = navigate(MyProposalsView.class);
        TermProposal shown = test(mine.grid).getRow(0);
        assertThat(shown.id()).isEqualTo(p.id());
        assertThat(shown.state()).isEqualTo(Approval.REJECTED);
        assertThat(shown.decidedBy()).isEqualTo(reviewer);
        assertThat(test(mine.grid).getCellText(0, 5)).isEqualTo("Not used in UN documents; keep the full name");
        assertThat(test(mine.grid).getCellText(0, 4)).startsWith(reviewer + " · ");
    }

    @Test
    void aProposalDecidedMeanwhileIsReportedAndTheQueueReloaded() {
        TermProposal p = propose(translator, Role.TRANSLATOR, "Conv. " + tag, null);
        TestSignIn.as(reviewer, Role.REVIEWER);
        ProposalQueueView view = navigate(ProposalQueueView.class);
        TestSignIn.as(data.reviewer("queue-rv2-" + tag, "Omar Reviewer", UnLanguage.FR), Role.REVIEWER);
        proposals.decide(p.id(), p.version(), true, null);
        TestSignIn.as(reviewer, Role.REVIEWER);

        test(card(view, p).approve).click();
        assertThat(lastNotification()).contains("Not decided", "decided this proposal meanwhile");
        assertThat(view.cards).noneMatch(c -> c.proposal.id() == p.id());
    }

    @Test
    void anOpenQueueOffersNewProposalsWithoutWipingTheReviewersComments() {
        TermProposal first = propose(translator, Role.TRANSLATOR, "Conv. " + tag, null);
        TestSignIn.as(reviewer, Role.REVIEWER);
        ProposalQueueView view = navigate(ProposalQueueView.class);
        test(card(view, first).note).setValue("Checking the treaty text");
        view.checkForChanges();
        assertThat(view.changed.isVisible()).isFalse();

        TermProposal second = propose(translator, Role.TRANSLATOR, "Convention-cadre " + tag, null);
        TestSignIn.as(reviewer, Role.REVIEWER);
        view.checkForChanges();
        assertThat(view.changed.isVisible()).isTrue();
        assertThat(view.changed.getElement().getTextRecursively()).contains("1 new proposal");
        assertThat(card(view, first).note.getValue()).isEqualTo("Checking the treaty text");
        assertThat(view.cards).noneMatch(c -> c.proposal.id() == second.id());

        test(view.showCurrent).click();
        assertThat(view.changed.isVisible()).isFalse();
        assertThat(view.cards).anyMatch(c -> c.proposal.id() == second.id());
    }

    @Test
    void reviewersDoNotDecideTheirOwnProposals() {
        TermProposal own = propose(reviewer, Role.REVIEWER, "Convention-cadre " + tag, null);
        ProposalQueueView view = navigate(ProposalQueueView.class);
        test(card(view, own).approve).click();
        assertThat(lastNotification()).contains("Your own proposals are decided by another reviewer");
        assertThat(view.cards).anyMatch(c -> c.proposal.id() == own.id());
    }

    @Test
    void translatorsNeitherOpenTheQueueNorDecide() {
        TermProposal p = propose(translator, Role.TRANSLATOR, "Convention " + tag, null);
        UI.getCurrent().navigate(ProposalQueueView.class);
        assertThat(getCurrentView()).isNotInstanceOf(ProposalQueueView.class);
        assertThatThrownBy(() -> proposals.decide(p.id(), p.version(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(navigate(MyProposalsView.class).summary.getText()).contains("1 proposal, 1 waiting");
    }
}
