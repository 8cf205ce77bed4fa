package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.TextLanguage;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.TermLanguage;
import org.statementworkbench.glossary.TermProposal;

/**
 * One proposal in the reviewers' queue: the proposed terms, the concept they join (with its terms in the
 * languages concerned), who proposed them and why, the segment with the terms marked, and the decision.
 */
class ProposalCard extends Div {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    /** What the queue does when the reviewer decides. */
    interface Decision {
        void decide(ProposalCard card, boolean approve);
    }

    final TermProposal proposal;
    final Div sourceContext;
    final Div targetContext;
    final TextField note = new TextField();
    final Button approve = new Button("Approve");
    final Button reject = new Button("Reject");

    ProposalCard(TermProposal p, @Nullable GlossaryConcept concept, Decision decision) {
        this.proposal = p;
        addClassName("proposal-card");
        String target = Objects.requireNonNullElse(p.targetLanguage(), "");
        String source = Objects.requireNonNullElse(p.sourceLanguage(), "");
        Optional<UnLanguage> targetLanguage = TermLanguage.unLanguageOf(target);
        Optional<UnLanguage> sourceLanguage = TermLanguage.unLanguageOf(source);
        var title = new Div(new Text(
                p.newConcept()
                        ? "New concept " + p.conceptExternalId()
                        : "New " + languageName(target) + " equivalent for "
                                + conceptName(p, concept, sourceLanguage)));
        title.addClassName("proposal-title");
        var meta = new Div(new Text("Proposed by " + p.proposedBy() + " · " + WHEN.format(p.proposedAt())));
        meta.addClassName("proposal-meta");
        add(title, meta, terms("Proposed", p.terms(), false));
        if (!p.newConcept() && concept != null) {
            List<GlossaryTerm> existing = concept.terms().stream()
                    .filter(t -> t.approval() != Approval.REJECTED
                            && !Objects.equals(t.proposalId(), p.id())
                            && t.unLanguage().isPresent()
                            && (t.unLanguage().equals(sourceLanguage)
                                    || t.unLanguage().equals(targetLanguage)))
                    .toList();
            add(terms("Already in the concept", existing, true));
        }
        if (p.comment() != null) {
            var comment = new Div(new Text("“" + p.comment() + "”"));
            comment.addClassName("proposal-comment");
            add(comment);
        }
        sourceContext = context(p.sourceContext(), source, markable(p, concept, sourceLanguage));
        targetContext = context(p.targetContext(), target, markable(p, null, targetLanguage));
        var where = new Div(new Text(p.segmentNumber() == null ? "Context" : "Segment " + p.segmentNumber()));
        where.addClassName("proposal-where");
        if (p.statementId() != null) {
            where.add(new Text(" · "), new Anchor(editorLink(p), "open in the editor"));
        }
        add(where, sourceContext, targetContext);
        note.setPlaceholder("Comment (required to reject)");
        note.setAriaLabel("Comment for the proposer");
        note.setMaxLength(2000);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.addClickListener(e -> decision.decide(this, true));
        reject.addClickListener(e -> decision.decide(this, false));
        var actions = new HorizontalLayout(note, approve, reject);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setFlexGrow(1, note);
        actions.setWidthFull();
        add(actions);
    }

    /** The editor at the proposal's statement, target language and segment. */
    static String editorLink(TermProposal p) {
        return "statement/" + p.statementId() + "?lang=" + p.targetLanguage()
                + (p.segmentNumber() == null ? "" : "&segment=" + p.segmentNumber());
    }

    /** "“Commission on Narcotic Drugs” (un-cnd)": the concept's preferred source (else English) term and its id. */
    static String conceptName(TermProposal p, @Nullable GlossaryConcept concept, Optional<UnLanguage> sourceLanguage) {
        if (concept == null) {
            return "concept " + p.conceptExternalId();
        }
        return sourceLanguage
                .flatMap(concept::preferred)
                .or(() -> concept.preferred(UnLanguage.EN))
                .map(t -> "“" + t.text() + "” (" + p.conceptExternalId() + ")")
                .orElse("concept " + p.conceptExternalId());
    }

    static String languageName(String tag) {
        return UnLanguage.fromTag(tag).map(UnLanguage::englishName).orElse(tag);
    }

    /** "fr: CPCJP (acronym)" for each term; with {@code markProposed}, those not yet approved say so. */
    static String describe(List<GlossaryTerm> terms, boolean markProposed) {
        return terms.stream()
                .map(t -> t.languageTag() + ": " + t.text() + " ("
                        + t.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (markProposed && t.approval() == Approval.PROPOSED ? ", proposed" : "") + ")")
                .collect(Collectors.joining(" · "));
    }

    private static Div terms(String label, List<GlossaryTerm> terms, boolean markProposed) {
        var caption = new Span(label + ": ");
        caption.addClassName("proposal-caption");
        var list = new Span(terms.isEmpty() ? "none" : describe(terms, markProposed));
        list.addClassName("proposal-terms");
        return new Div(caption, list);
    }

    /** The terms to mark in one language's context: the proposal's, and for an equivalent the concept's own. */
    private static List<String> markable(
            TermProposal p, @Nullable GlossaryConcept concept, Optional<UnLanguage> language) {
        if (language.isEmpty()) {
            return List.of();
        }
        Stream<String> terms =
                p.terms().stream().filter(t -> t.unLanguage().equals(language)).map(GlossaryTerm::text);
        Stream<String> existing = concept == null || p.newConcept()
                ? Stream.empty()
                : concept.terms(language.get()).stream()
                        .filter(t -> t.approval() != Approval.REJECTED)
                        .map(GlossaryTerm::text);
        return Stream.concat(terms, existing).distinct().toList();
    }

    /** The segment text with every occurrence of the terms (ignoring case) in a {@code <mark>}. */
    static Div context(@Nullable String text, String language, List<String> terms) {
        var box = new Div();
        box.addClassName("proposal-context");
        TextLanguage.mark(box, language);
        if (text == null) {
            box.setText("(no " + languageName(language) + " text)");
            box.addClassName("proposal-context-empty");
            return box;
        }
        int plain = 0;
        int i = 0;
        while (i < text.length()) {
            int at = i;
            int length = terms.stream()
                    .filter(t -> !t.isEmpty() && text.regionMatches(true, at, t, 0, t.length()))
                    .mapToInt(String::length)
                    .max()
                    .orElse(0);
            if (length == 0) {
                i++;
                continue;
            }
            box.getElement()
                    .appendChild(
                            Element.createText(text.substring(plain, i)),
                            new Element("mark").setText(text.substring(i, i + length)));
            i += length;
            plain = i;
        }
        box.getElement().appendChild(Element.createText(text.substring(plain)));
        return box;
    }
}
