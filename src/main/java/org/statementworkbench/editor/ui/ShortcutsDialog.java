package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The editor's keyboard shortcuts (F1). */
class ShortcutsDialog extends Dialog {

    static final String[][] SHORTCUTS = {
        {"Ctrl+Enter", "Confirm the segment (Translated; Reviewed for reviewers) and go to the next"},
        {"Alt+↓ / Alt+↑", "Next / previous segment (unsaved edits are kept as a draft)"},
        {"Ctrl+Shift+S", "Copy the source into the target (Ctrl+Z takes it back)"},
        {"Esc", "Revert the unsaved edit (Ctrl+Z brings it back)"},
        {"Ctrl+Shift+A", "Approve the segment (reviewers)"},
        {"Alt+O", "Reopen the approved segment, with a reason (reviewers)"},
        {"Alt+R", "Return the segment to the translator, with a reason (reviewers)"},
        {ReturnedSegments.SHORTCUT, "Next segment a reviewer returned (after the last, the first)"},
        {"Ctrl+H", "History of the segment"},
        {"Ctrl+G", "Go to a segment number"},
        {"Ctrl+K", "Concordance: search the memories for the selected words"},
        {"Alt+S", "Move between the source and the target text (select source text with Shift+arrows)"},
        {"Alt+T", "Propose the selected source and/or target text as a term"},
        {"Alt+1 … Alt+9", "Insert the numbered approved term of the terminology panel at the cursor"},
        {"Ctrl+1 … Ctrl+3", "Put the numbered memory match into the target, replacing its text (Ctrl+Z takes it back)"},
        {
            "F8 / Shift+F8",
            "Next / previous issue: selects its words; past the last, the next segment with errors or warnings"
        },
        {"Ctrl+. / Alt+Enter", "Open the highlighted issue at the caret: message, suggestions, Ignore"},
        {"Click an underline", "Show the issue there; the caret stays where you clicked and typing goes on"},
        {"Enter (in the issue)", "Apply the focused suggestion; Tab moves to the next one and to Ignore"},
        {"Esc (in the issue)", "Close it and return to the text"},
        {"F1", "This list"},
    };

    ShortcutsDialog() {
        setHeaderTitle("Keyboard shortcuts");
        var list = new Div();
        list.addClassName("shortcut-list");
        for (String[] s : SHORTCUTS) {
            var key = new Span(s[0]);
            key.addClassName("shortcut-key");
            list.add(key, new Span(s[1]));
        }
        add(list);
        getFooter().add(new Button("Close", e -> close()));
    }
}
