package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * Where LanguageTool stands on the current segment, atop the issues panel (its matches are listed there with the
 * other issues): being checked, available only shortly ("French checking available shortly"), or not checked and
 * why. Nothing shows once the text is checked, or when there is nothing to check. The match popover hangs here.
 */
@CssImport("./styles/language-check.css")
class LanguageCheckStatus extends Div {

    final Span text = new Span();

    LanguageCheckStatus() {
        addClassName("lt-status");
        add(text);
        idle();
    }

    /** No segment, or an empty target: nothing to check. */
    void idle() {
        show("", null);
    }

    void checking() {
        show("Checking language…", "checking");
    }

    /** The language is still loading. */
    void warming(String reason) {
        show(reason, "warming");
    }

    void notChecked(String reason) {
        show("Not checked: " + reason, "not-checked");
    }

    /** The text was checked: its matches are in the list. */
    void checked() {
        show("", "checked");
    }

    private void show(String message, @Nullable String state) {
        text.setText(message);
        text.setVisible(!message.isEmpty());
        if (state == null) {
            getElement().removeAttribute("data-state");
        } else {
            getElement().setAttribute("data-state", state);
        }
    }
}
