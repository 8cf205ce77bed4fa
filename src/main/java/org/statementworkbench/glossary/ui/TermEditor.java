package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

/**
 * One term of a concept in the editor: its text, type, usage status, part of speech, gender, context sentence and
 * case sensitivity, with its approval badge (who and when in the tooltip). Read-only for people who do not curate.
 */
class TermEditor extends Div {

    final TextArea text = new TextArea();
    final Select<TermType> type = new Select<>();
    final Select<UsageStatus> status = new Select<>();
    final ComboBox<String> partOfSpeech = new ComboBox<>();
    final ComboBox<String> gender = new ComboBox<>();
    final TextField context = new TextField();
    final Checkbox caseSensitive = new Checkbox("Case-sensitive");
    final Button remove = new Button(VaadinIcon.TRASH.create());
    final Div duplicates = new Div();

    private final @Nullable Long id;
    private final String language;

    TermEditor(String language, @Nullable GlossaryTerm term, boolean editable, Consumer<TermEditor> onRemove) {
        this.language = language;
        this.id = term == null ? null : term.id();
        addClassName("glossary-term");
        GlossaryLabels.inLanguage(text, language);
        text.setAriaLabel("Term (" + language + ")");
        text.setPlaceholder("Term");
        text.setMinRows(1);
        text.setMaxLength(500);
        text.addClassName("glossary-term-text");
        type.setItems(TermType.values());
        type.setItemLabelGenerator(TermType::label);
        type.setAriaLabel("Term type");
        type.setTooltipText("Term type");
        status.setItems(UsageStatus.values());
        status.setItemLabelGenerator(UsageStatus::label);
        status.setAriaLabel("Usage status");
        status.setTooltipText("Usage status");
        free(partOfSpeech, GlossaryLabels.PARTS_OF_SPEECH, "Part of speech", term == null ? null : term.partOfSpeech());
        free(gender, GlossaryLabels.GENDERS, "Gender", term == null ? null : term.gender());
        GlossaryLabels.inLanguage(context, language);
        context.setPlaceholder("Context sentence");
        context.setAriaLabel("Context sentence");
        context.addClassName("glossary-term-context");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove this term");
        remove.setTooltipText("Remove this term");
        remove.addClickListener(e -> onRemove.accept(this));
        duplicates.addClassName("glossary-term-duplicates");

        text.setValue(term == null ? "" : term.text());
        type.setValue(term == null ? TermType.FULL_FORM : term.type());
        status.setValue(term == null ? UsageStatus.PREFERRED : term.status());
        context.setValue(term == null || term.context() == null ? "" : term.context());
        caseSensitive.setValue(term != null && term.caseSensitive());

        var first = new Div(text);
        first.addClassName("glossary-term-line");
        if (term != null) {
            Span approval = GlossaryLabels.badge(
                    term.approval().label(), term.approval().name().toLowerCase(Locale.ROOT));
            approval.getElement().setAttribute("title", GlossaryLabels.approvalDetails(term));
            first.add(approval);
        }
        if (editable) {
            first.add(remove);
        }
        var second = new Div(type, status, partOfSpeech, gender);
        second.addClassName("glossary-term-fields");
        var third = new Div(context, caseSensitive);
        third.addClassName("glossary-term-line");
        add(first, second, third, duplicates);
        text.setReadOnly(!editable);
        context.setReadOnly(!editable);
        type.setReadOnly(!editable);
        status.setReadOnly(!editable);
        partOfSpeech.setReadOnly(!editable);
        gender.setReadOnly(!editable);
        caseSensitive.setReadOnly(!editable);
    }

    /** A combo box of usual values that takes others too; the stored value is kept even if unusual. */
    private static void free(ComboBox<String> box, List<String> usual, String label, @Nullable String value) {
        List<String> items = new java.util.ArrayList<>(usual);
        if (value != null && !items.contains(value)) {
            items.add(value);
        }
        box.setItems(items);
        box.setValue(value);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> {
            items.add(e.getDetail());
            box.setItems(items);
            box.setValue(e.getDetail());
        });
        box.setClearButtonVisible(true);
        box.setPlaceholder(label);
        box.setAriaLabel(label);
        box.setTooltipText(label);
    }

    String language() {
        return language;
    }

    @Nullable
    Long termId() {
        return id;
    }

    boolean isBlank() {
        return text.getValue().isBlank();
    }

    TermDraft draft() {
        String oneLine = text.getValue().strip().replaceAll("\\s+", " ");
        return new TermDraft(
                id,
                language,
                oneLine,
                type.getValue(),
                status.getValue(),
                blankToNull(partOfSpeech.getValue()),
                blankToNull(gender.getValue()),
                blankToNull(context.getValue()),
                caseSensitive.getValue());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
