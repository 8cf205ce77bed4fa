package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.glossary.GlossaryChanged;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.TermProposal;
import org.statementworkbench.glossary.TermProposalService;
import org.statementworkbench.security.Roles;

/**
 * The reviewers' queue of term proposals, oldest first, each with its segment as context: approve (a comment is
 * optional) or reject (a comment is required; the proposer reads it). A proposal someone else decided meanwhile
 * is reported and the queue reloaded.
 */
@Route("glossary/proposals")
@Menu(title = "Term proposals", order = 32, icon = "vaadin:inbox")
@RolesAllowed({Roles.REVIEWER, Roles.GLOSSARY_MANAGER, Roles.ADMIN})
@CssImport("./styles/proposals.css")
class ProposalQueueView extends VerticalLayout implements HasDynamicTitle {

    final Span count = new Span();
    final Div list = new Div();
    final List<ProposalCard> cards = new ArrayList<>();
    /** Shown when proposals arrived or were decided elsewhere; the reviewer's comments are never wiped unasked. */
    final Div changed = new Div();

    final Button showCurrent = new Button("Show the current queue", e -> refresh());

    private final TermProposalService proposals;
    private final GlossaryService glossary;

    ProposalQueueView(TermProposalService proposals, GlossaryService glossary, UiBroadcasts broadcasts) {
        this.proposals = proposals;
        this.glossary = glossary;
        addClassName("proposal-queue");
        count.addClassName("proposal-count");
        list.addClassName("proposal-list");
        list.setWidthFull();
        changed.addClassName("proposal-queue-changed");
        changed.setVisible(false);
        add(count, changed, list);
        refresh();
        // a proposal made or decided elsewhere (or any other glossary change): offer the current queue
        broadcasts.register(GlossaryChanged.class, this, Echo.DELIVER, changed -> checkForChanges());
    }

    /** Compares the open proposals with the cards shown; offers the current queue when they differ. */
    void checkForChanges() {
        Set<Long> open = proposals.queue().stream().map(TermProposal::id).collect(Collectors.toSet());
        Set<Long> shown = cards.stream().map(c -> c.proposal.id()).collect(Collectors.toSet());
        if (open.equals(shown)) {
            changed.setVisible(false);
            return;
        }
        long added = open.stream().filter(id -> !shown.contains(id)).count();
        long gone = shown.stream().filter(id -> !open.contains(id)).count();
        List<String> parts = new ArrayList<>();
        if (added > 0) {
            parts.add(added + (added == 1 ? " new proposal" : " new proposals"));
        }
        if (gone > 0) {
            parts.add(gone + " decided elsewhere");
        }
        changed.removeAll();
        changed.add(new Span("The queue changed: " + String.join(", ", parts) + ". "), showCurrent);
        changed.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return title(cards.size()) + " | Statement Workbench";
    }

    private static String title(int open) {
        return "Term proposals (" + open + " open)";
    }

    /** Loads the open proposals again. */
    void refresh() {
        changed.setVisible(false);
        List<TermProposal> queue = proposals.queue();
        cards.clear();
        list.removeAll();
        for (TermProposal p : queue) {
            var card = new ProposalCard(
                    p, p.newConcept() ? null : glossary.find(p.conceptId()).orElse(null), this::decide);
            cards.add(card);
            list.add(card);
        }
        count.setText(
                queue.isEmpty()
                        ? "No open proposals: the queue is empty."
                        : queue.size() + (queue.size() == 1 ? " open proposal" : " open proposals")
                                + ", oldest first.");
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void decide(ProposalCard card, boolean approve) {
        TermProposal p = card.proposal;
        try {
            TermProposal decided = proposals.decide(p.id(), p.version(), approve, card.note.getValue());
            Notifications.success((approve ? "Approved: " : "Rejected: ")
                    + ProposalCard.describe(decided.terms(), false) + ". " + decided.proposedBy() + " is told.");
        } catch (IllegalStateException | OptimisticLockingFailureException stale) {
            Notifications.error("Not decided: someone else decided this proposal meanwhile. The queue now shows "
                    + "what is still open.");
        } catch (AccessDeniedException | IllegalArgumentException refused) {
            Notifications.error(Objects.requireNonNullElse(refused.getMessage(), "Not decided."));
            card.note.focus();
            return;
        }
        refresh();
    }
}
