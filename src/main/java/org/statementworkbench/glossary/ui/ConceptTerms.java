package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.exchange.LanguageTags;

/**
 * The terms of a concept in the editor: a block for each UN language in UN order (ar, zh, en, fr, ru, es), then
 * one for each other language it has, and a field to add a block for another BCP 47 language.
 */
class ConceptTerms extends Div {

    final Div blocks = new Div();
    final List<LanguageBlock> languages = new ArrayList<>();
    final TextField otherLanguage = new TextField();
    final Button addLanguage = new Button("Add language");

    private final boolean editable;
    private final Consumer<TermEditor> textChanged;

    ConceptTerms(boolean editable, Consumer<TermEditor> textChanged) {
        this.editable = editable;
        this.textChanged = textChanged;
        blocks.addClassName("glossary-languages");
        otherLanguage.setPlaceholder("BCP 47 code, e.g. de or pt-BR");
        otherLanguage.setAriaLabel("Another language");
        addLanguage.addClickListener(e -> addOtherLanguage());
        KeyboardCommits.enterShortcut(otherLanguage, this::addOtherLanguage);
        var other = new Div(otherLanguage, addLanguage);
        other.addClassName("glossary-other-language");
        other.setVisible(editable);
        add(blocks, other);
    }

    void fill(@Nullable GlossaryConcept concept) {
        blocks.removeAll();
        languages.clear();
        if (concept == null) {
            for (UnLanguage l : UnLanguage.values()) {
                addBlock(l.code(), List.of());
            }
            return;
        }
        for (String code : GlossaryLabels.languagesOf(concept)) {
            addBlock(code, concept.termsTagged(code));
        }
    }

    private LanguageBlock addBlock(String code, List<GlossaryTerm> terms) {
        var block = new LanguageBlock(code, terms, editable, () -> {});
        block.terms.forEach(this::watch);
        block.addTerm.addClickListener(e -> watch(block.terms.getLast()));
        if (editable && terms.isEmpty()) {
            watch(block.addEditor(null));
        }
        languages.add(block);
        blocks.add(block);
        return block;
    }

    private void watch(TermEditor term) {
        term.text.addValueChangeListener(e -> textChanged.accept(term));
    }

    private void addOtherLanguage() {
        String tag = LanguageTags.normalized(otherLanguage.getValue());
        if (tag.equals("und") || otherLanguage.getValue().isBlank()) {
            otherLanguage.setErrorMessage("Not a BCP 47 language code");
            otherLanguage.setInvalid(true);
            return;
        }
        otherLanguage.setInvalid(false);
        otherLanguage.clear();
        LanguageBlock block = languages.stream()
                .filter(b -> b.language.equals(tag))
                .findFirst()
                .orElseGet(() -> addBlock(tag, List.of()));
        block.scrollIntoView();
    }

    /** The terms entered; empty new rows are left out, an emptied stored term is an error. */
    List<TermDraft> drafts() {
        List<TermDraft> terms = new ArrayList<>();
        for (LanguageBlock block : languages) {
            for (TermEditor t : block.terms) {
                if (!t.isBlank()) {
                    terms.add(t.draft());
                } else if (t.termId() != null) {
                    throw new IllegalArgumentException("A term in " + GlossaryLabels.language(t.language())
                            + " is empty: enter its text or remove it.");
                }
            }
        }
        return terms;
    }
}
