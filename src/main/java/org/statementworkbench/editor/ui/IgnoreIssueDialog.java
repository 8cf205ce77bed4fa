package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Predicate;

/**
 * Asks why an issue may be ignored (at least 10 characters: reviewers read it). The issue stays an error for the
 * approval if it is one: only hidden from the working list.
 */
class IgnoreIssueDialog extends Dialog {

    static final int MIN_REASON = 10;

    final TextArea reason = new TextArea("Why may it be ignored?");
    final Button ignore = new Button("Ignore");
    final Button cancel = new Button("Cancel", e -> close());

    /** {@code ignored} stores the reason; it says false when that was refused (the dialog stays open). */
    IgnoreIssueDialog(ShownIssue issue, Predicate<String> ignored) {
        setHeaderTitle("Ignore this issue");
        var what = new Paragraph(issue.family().label() + ": " + issue.issue().message());
        var note = new Paragraph(
                "Reviewers see ignored issues with your reason. An ignored error still blocks approval until a reviewer"
                        + " approves with a justification.");
        note.addClassName("ignore-note");
        reason.setWidthFull();
        reason.setMinLength(MIN_REASON);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setHelperText("At least " + MIN_REASON + " characters");
        reason.addValueChangeListener(
                e -> ignore.setEnabled(e.getValue().strip().length() >= MIN_REASON));
        ignore.setEnabled(false);
        ignore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ignore.addClickListener(e -> {
            if (ignored.test(reason.getValue())) {
                close();
            }
        });
        ignore.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        add(what, note, reason);
        getFooter().add(cancel, ignore);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
