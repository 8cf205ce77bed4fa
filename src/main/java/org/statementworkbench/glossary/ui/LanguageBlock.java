package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.TermLanguage;

/** The terms of one language in the concept editor, under a header, with "Add term" for managers. */
class LanguageBlock extends Div {

    final String language;
    final List<TermEditor> terms = new ArrayList<>();
    final Button addTerm = new Button("Add term", VaadinIcon.PLUS.create());

    private final Div list = new Div();
    private final boolean editable;
    private final Runnable changed;

    LanguageBlock(String language, List<GlossaryTerm> existing, boolean editable, Runnable changed) {
        this.language = language;
        this.editable = editable;
        this.changed = changed;
        addClassName("glossary-language");
        var header = new H4(GlossaryLabels.language(language));
        TermLanguage.unLanguageOf(language).ifPresent(l -> {
            var nativeName =
                    GlossaryLabels.inLanguage(new com.vaadin.flow.component.html.Span(l.nativeName()), l.code());
            nativeName.addClassName("glossary-native-name");
            header.add(nativeName);
        });
        header.addClassName("glossary-language-header");
        list.addClassName("glossary-language-terms");
        add(header, list);
        for (GlossaryTerm t : existing) {
            addEditor(t);
        }
        addTerm.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addTerm.setAriaLabel("Add a term in " + GlossaryLabels.language(language));
        addTerm.addClickListener(e -> addEditor(null).text.focus());
        addTerm.setVisible(editable);
        add(addTerm);
        if (existing.isEmpty() && !editable) {
            var none = new Div("No term");
            none.addClassName("glossary-none");
            list.add(none);
        }
    }

    TermEditor addEditor(@org.jspecify.annotations.Nullable GlossaryTerm term) {
        var editor = new TermEditor(language, term, editable, this::remove);
        terms.add(editor);
        list.add(editor);
        return editor;
    }

    private void remove(TermEditor editor) {
        terms.remove(editor);
        list.remove(editor);
        changed.run();
    }
}
