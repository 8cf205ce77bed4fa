package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.statementworkbench.glossary.TermProposal;
import org.statementworkbench.glossary.TermProposalService;

/** The signed-in person's term proposals, newest first, with the reviewer's decision and comment. */
@Route("glossary/my-proposals")
@PageTitle("My term proposals | Statement Workbench")
@Menu(title = "My term proposals", order = 34, icon = "vaadin:lightbulb")
@PermitAll
@CssImport("./styles/proposals.css")
class MyProposalsView extends VerticalLayout {

    final Grid<TermProposal> grid = new Grid<>();
    final Span summary = new Span();

    MyProposalsView(TermProposalService proposals) {
        setSizeFull();
        List<TermProposal> mine = proposals.mine();
        long open = mine.stream().filter(p -> p.decidedBy() == null).count();
        summary.setText(
                mine.isEmpty()
                        ? "You have not proposed a term yet: select a term in the editor and press " + "Alt+T."
                        : mine.size() + (mine.size() == 1 ? " proposal, " : " proposals, ") + open
                                + " waiting for a reviewer.");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> ProposalCard.WHEN.format(p.proposedAt()))
                .setHeader("Proposed")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.terms().stream()
                        .map(t -> t.languageTag() + ": " + t.text())
                        .collect(Collectors.joining(" · ")))
                .setHeader("Terms")
                .setFlexGrow(3);
        grid.addColumn(p -> p.newConcept() ? "New concept" : "Equivalent for " + p.conceptExternalId())
                .setHeader("For")
                .setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(p -> {
                    var state = new Span(p.state().label());
                    state.addClassName("proposal-state");
                    state.addClassName("proposal-state-" + p.state().name().toLowerCase(Locale.ROOT));
                    return state;
                }))
                .setHeader("State")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.decidedBy() == null
                        ? ""
                        : p.decidedBy() + " · " + ProposalCard.WHEN.format(Objects.requireNonNull(p.decidedAt())))
                .setHeader("Decided")
                .setWidth("12em")
                .setFlexGrow(0);
        grid.addColumn(p -> Objects.requireNonNullElse(p.decisionNote(), ""))
                .setHeader("Reviewer's comment")
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(p -> p.statementId() == null
                        ? new Span()
                        : new Anchor(
                                ProposalCard.editorLink(p),
                                p.segmentNumber() == null ? "Statement" : "Segment " + p.segmentNumber())))
                .setHeader("Context")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(mine);
        add(summary, grid);
        setFlexGrow(1, grid);
    }
}
