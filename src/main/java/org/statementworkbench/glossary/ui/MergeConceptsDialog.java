package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryConflictException;
import org.statementworkbench.glossary.GlossaryQuery;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerm;

/**
 * Merges two duplicate concepts: both side by side, the manager chooses the one kept; the other's missing terms
 * move over and it is retired with a pointer to the kept one. The second concept is picked by searching when the
 * dialog is opened from one concept ("Merge into…").
 */
class MergeConceptsDialog extends Dialog {

    final ComboBox<GlossaryConcept> picker = new ComboBox<>("Merge with");
    final RadioButtonGroup<GlossaryConcept> keep = new RadioButtonGroup<>("Concept kept");
    final Div sideBySide = new Div();
    final Span error = new Span();
    final Button confirm = new Button("Merge");

    private final GlossaryService service;
    private final GlossaryConcept first;

    MergeConceptsDialog(
            GlossaryService service,
            GlossaryConcept first,
            @Nullable GlossaryConcept second,
            Consumer<GlossaryConcept> merged) {
        this.service = service;
        this.first = first;
        setHeaderTitle("Merge duplicate concepts");
        setWidth("min(64rem, 96vw)");
        picker.setItemLabelGenerator(MergeConceptsDialog::label);
        picker.setItems(
                query ->
                        service
                                .search(
                                        GlossaryQuery.text(query.getFilter().orElse("")),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream(),
                query -> service.count(GlossaryQuery.text(query.getFilter().orElse(""))));
        picker.setPlaceholder("Search the glossary");
        picker.setWidthFull();
        picker.setVisible(second == null);
        picker.addValueChangeListener(e -> pair(e.getValue()));
        keep.setItemLabelGenerator(c -> "Keep " + label(c));
        keep.addValueChangeListener(e -> {
            confirm.setEnabled(e.getValue() != null);
            sideBySide
                    .getChildren()
                    .forEach(card -> card.getElement()
                            .getClassList()
                            .set(
                                    "kept",
                                    e.getValue() != null
                                            && card.getId()
                                                    .orElse("")
                                                    .equals("concept-"
                                                            + e.getValue().id())));
        });
        sideBySide.addClassName("merge-side-by-side");
        add(
                new Paragraph("The terms of the other concept that the kept one lacks move over, with their statuses; "
                        + "subject fields are joined and its definition, note and source fill the kept one's gaps. The other "
                        + "concept is retired with a pointer to the kept one."),
                picker,
                keep,
                sideBySide);
        error.addClassName("concept-error");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> merge(merged));
        getFooter().add(error, new Button("Cancel", e -> close()), confirm);
        pair(second);
    }

    static String label(GlossaryConcept c) {
        String term = c.preferred(UnLanguage.EN)
                .or(() -> c.terms().stream().findFirst())
                .map(GlossaryTerm::text)
                .orElse("");
        return c.externalId() + (term.isEmpty() ? "" : " – " + term);
    }

    private void pair(@Nullable GlossaryConcept second) {
        sideBySide.removeAll();
        error.setText(
                second != null && second.id() == first.id()
                        ? "Choose another concept than " + first.externalId() + "."
                        : "");
        if (second == null || second.id() == first.id()) {
            keep.setItems(List.of());
            keep.setVisible(false);
            confirm.setEnabled(false);
            return;
        }
        keep.setVisible(true);
        var firstCard = new ConceptCard(first);
        firstCard.setId("concept-" + first.id());
        var secondCard = new ConceptCard(second);
        secondCard.setId("concept-" + second.id());
        sideBySide.add(firstCard, secondCard);
        keep.setItems(first, second);
        keep.setValue(first);
    }

    private void merge(Consumer<GlossaryConcept> merged) {
        GlossaryConcept kept = keep.getValue();
        GlossaryConcept other = keep.getListDataView()
                .getItems()
                .filter(c -> c != kept)
                .findFirst()
                .orElse(null);
        if (kept == null || other == null) {
            return;
        }
        try {
            GlossaryConcept result = service.merge(kept.id(), kept.version(), other.id(), other.version());
            close();
            org.statementworkbench.base.ui.Notifications.success(
                    other.externalId() + " merged into " + result.externalId() + ".");
            merged.accept(result);
        } catch (GlossaryConflictException e) {
            error.setText(e.getMessage());
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage() == null ? "Not merged." : e.getMessage());
        }
    }
}
