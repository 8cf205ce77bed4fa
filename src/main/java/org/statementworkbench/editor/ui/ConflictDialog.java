package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.TranslationState;

/**
 * Someone saved the segment while you were editing it: shows both texts; keep yours, take theirs, or merge the
 * two by hand. Whatever is chosen is saved on top of their version, so nothing is lost silently.
 */
class ConflictDialog extends Dialog {

    final Button keepMine = new Button("Keep mine");
    final Button takeTheirs = new Button("Take theirs");
    final Button saveMerged = new Button("Save merged text");
    final TextArea merged = new TextArea("Merged text");

    ConflictDialog(
            String mine,
            TranslationState theirs,
            UnLanguage language,
            Consumer<String> saveOverTheirs,
            Runnable acceptTheirs) {
        setHeaderTitle("Saved meanwhile by " + (theirs.updatedBy() == null ? "someone else" : theirs.updatedBy()));
        setWidth("min(56rem, 95vw)");
        var yours = textBox("Your text", mine, language);
        var their = textBox("Their text (" + theirs.status().label() + ")", theirs.text(), language);
        var both = new HorizontalLayout(yours, their);
        both.setWidthFull();
        merged.setValue(mine);
        merged.setWidthFull();
        merged.getElement().setAttribute("lang", language.code());
        merged.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        add(new Paragraph("Nothing of yours was saved yet. Choose a text, or merge them below."), both, merged);

        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(e -> {
            close();
            saveOverTheirs.accept(mine);
        });
        takeTheirs.addClickListener(e -> {
            close();
            acceptTheirs.run();
        });
        saveMerged.addClickListener(e -> {
            close();
            saveOverTheirs.accept(merged.getValue());
        });
        getFooter().add(takeTheirs, saveMerged, keepMine);
        setCloseOnOutsideClick(false);
    }

    private static Div textBox(String title, String text, UnLanguage language) {
        var body = new Div();
        body.setText(text);
        body.addClassName("conflict-text");
        body.getElement().setAttribute("lang", language.code());
        body.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        var box = new Div(new H4(title), body);
        box.addClassName("conflict-box");
        return box;
    }
}
