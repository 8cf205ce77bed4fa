package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.statementworkbench.base.UnLanguage;

/** Splits a source segment: the person puts a line break where the split goes. */
class SplitDialog extends Dialog {

    final TextArea source = new TextArea();
    final Button split = new Button("Split");

    SplitDialog(int number, String text, UnLanguage language, Consumer<String> onSplit) {
        setHeaderTitle("Split segment " + number);
        setWidth("min(48rem, 95vw)");
        source.setValue(text);
        source.setWidthFull();
        source.setAriaLabel("Source text with a line break where it should be split");
        source.getElement().setAttribute("lang", language.code());
        source.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        add(
                new Paragraph("Put the cursor where the segment should be split and press Enter, then Split. "
                        + "Existing translations stay with the first part and go back to Draft."),
                source);
        split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        split.addClickListener(e -> {
            close();
            onSplit.accept(source.getValue().replace("\r", ""));
        });
        getFooter().add(new Button("Cancel", e -> close()), split);
    }
}
