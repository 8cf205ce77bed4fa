package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.base.ui.TextLanguage;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryQuery;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.ProposalRequest;
import org.statementworkbench.glossary.TermProposalService;

/**
 * Proposes the text selected in a segment as a term: a new concept, or a new target equivalent of a concept the
 * glossary already has (the matches are listed with their terms, so the translator sees what is there). The
 * segment goes along as context. Keyboard first: focus on the first empty field, Enter proposes, Escape cancels.
 */
@CssImport("./styles/proposals.css")
class ProposeTermDialog extends Dialog {

    static final int MAX_MATCHES = 8;
    static final Choice NEW_CONCEPT = new Choice(null);

    /** What the translator proposes: a new concept ({@code concept} null) or an equivalent of a concept. */
    record Choice(@Nullable GlossaryConcept concept) {}

    final TextField sourceTerm = new TextField();
    final TextField targetTerm = new TextField();
    final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>("What do you propose?");
    final TextField comment = new TextField("Comment for the reviewer");
    final Button propose = new Button("Propose");
    final Button cancel = new Button("Cancel");

    private final GlossaryService glossary;
    private final TermProposalService proposals;
    private final ProposalRequest draft;
    private final String sourceName;
    private final String targetName;

    ProposeTermDialog(
            GlossaryService glossary, TermProposalService proposals, ProposalRequest draft, Runnable afterClose) {
        this.glossary = glossary;
        this.proposals = proposals;
        this.draft = draft;
        this.sourceName = languageName(draft.sourceLanguage());
        this.targetName = languageName(draft.targetLanguage());
        setHeaderTitle(
                "Propose a term" + (draft.segmentNumber() == null ? "" : " from segment " + draft.segmentNumber()));
        setWidth("min(44rem, 95vw)");
        addClassName("propose-term-dialog");
        setUp(sourceTerm, sourceName + " term (source)", draft.sourceLanguage(), draft.sourceTerm());
        setUp(targetTerm, targetName + " term (target)", draft.targetLanguage(), draft.targetTerm());
        sourceTerm.addValueChangeListener(e -> findMatches());
        targetTerm.addValueChangeListener(e -> findMatches());
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setRenderer(new ComponentRenderer<>(this::describe));
        choice.addValueChangeListener(e -> sourceTerm.setHelperText(
                e.getValue() != null && e.getValue().concept() != null
                        ? "Only the " + targetName + " term is added to the concept"
                        : ""));
        choice.setWidthFull();
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setPlaceholder("Why this term? A source, a reference document…");
        var terms = new Div(sourceTerm, targetTerm);
        terms.addClassName("propose-term-fields");
        add(terms, choice, comment);
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(e -> submit());
        propose.addClickShortcut(Key.ENTER).listenOn(this);
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, propose);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                afterClose.run();
            }
        });
        findMatches();
        firstEmptyField().focus();
    }

    private static void setUp(TextField field, String label, String language, @Nullable String value) {
        field.setLabel(label);
        field.setValue(value == null ? "" : value.strip());
        field.setWidthFull();
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        TextLanguage.mark(field, language);
    }

    private static String languageName(String tag) {
        return UnLanguage.fromTag(tag).map(UnLanguage::englishName).orElse(tag);
    }

    private TextField firstEmptyField() {
        return sourceTerm.isEmpty() ? sourceTerm : targetTerm.isEmpty() ? targetTerm : comment;
    }

    /** Concepts whose source terms start with the source term, and those that already have the target term. */
    private void findMatches() {
        String source = sourceTerm.getValue().strip();
        String target = targetTerm.getValue().strip();
        Map<Long, GlossaryConcept> found = new LinkedHashMap<>();
        if (!source.isEmpty()) {
            glossary.search(
                            new GlossaryQuery(source, false, draft.sourceLanguage(), null, null, null, false),
                            0,
                            MAX_MATCHES)
                    .forEach(c -> found.putIfAbsent(c.id(), c));
        }
        if (!target.isEmpty()) {
            glossary.conceptsWithTerm(draft.targetLanguage(), target, null).forEach(c -> found.putIfAbsent(c.id(), c));
        }
        Choice previous = choice.getValue();
        List<Choice> items = new ArrayList<>();
        items.add(NEW_CONCEPT);
        found.values().forEach(c -> items.add(new Choice(c)));
        choice.setItems(items);
        Long previousId = previous == null || previous.concept() == null
                ? null
                : previous.concept().id();
        choice.setValue(items.stream()
                .filter(c -> c.concept() != null && Objects.equals(c.concept().id(), previousId))
                .findFirst()
                .orElseGet(() -> items.stream()
                        .filter(c -> hasSourceTerm(c, source))
                        .findFirst()
                        .orElse(NEW_CONCEPT)));
    }

    /** Whether the concept has exactly this source term (ignoring case): it is likely the one meant. */
    private boolean hasSourceTerm(Choice c, String source) {
        return c.concept() != null
                && c.concept().terms(UnLanguage.ofCode(draft.sourceLanguage())).stream()
                        .anyMatch(t ->
                                t.approval() != Approval.REJECTED && t.text().equalsIgnoreCase(source));
    }

    private Component describe(Choice c) {
        GlossaryConcept concept = c.concept();
        if (concept == null) {
            var title = new Span("New concept");
            title.addClassName("propose-choice-title");
            return new Div(title, new Span(" — the source and target terms as a new glossary entry"));
        }
        var title = new Span("New " + targetName + " equivalent of concept " + concept.externalId());
        title.addClassName("propose-choice-title");
        var box = new Div(
                title,
                termLine(concept, draft.sourceLanguage(), sourceName),
                termLine(concept, draft.targetLanguage(), targetName));
        box.addClassName("propose-choice");
        return box;
    }

    private static Div termLine(GlossaryConcept concept, String language, String languageName) {
        List<GlossaryTerm> terms = concept.terms(UnLanguage.ofCode(language)).stream()
                .filter(t -> t.approval() != Approval.REJECTED)
                .toList();
        String text = terms.isEmpty()
                ? "no term yet"
                : terms.stream()
                        .map(t -> t.text() + (t.approval() == Approval.PROPOSED ? " (proposed)" : ""))
                        .collect(Collectors.joining("; "));
        var line = new Div(new Span(languageName + ": "), new Span(text));
        line.getElement().setAttribute("lang", language);
        line.addClassName("propose-choice-terms");
        return line;
    }

    void submit() {
        Choice selected = Objects.requireNonNullElse(choice.getValue(), NEW_CONCEPT);
        var request = new ProposalRequest(
                selected.concept() == null ? null : selected.concept().id(),
                draft.sourceLanguage(),
                sourceTerm.getValue(),
                draft.targetLanguage(),
                targetTerm.getValue(),
                comment.getValue(),
                draft.statementId(),
                draft.segmentId(),
                draft.segmentNumber(),
                draft.sourceContext(),
                draft.targetContext());
        try {
            proposals.propose(request);
            Notifications.success("Proposed; a reviewer will decide");
            close();
        } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "Not proposed."));
        }
    }
}
