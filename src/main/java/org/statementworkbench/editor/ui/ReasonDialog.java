package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.statementworkbench.statement.ReviewService;

/**
 * Asks a reviewer for the reason of an action (reopen, return) and runs it. The action says whether it was done;
 * while it was not, the dialog stays open with the text. Keyboard first: the focus is in the reason when it opens,
 * Ctrl+Enter runs the action. Esc or Cancel closes it and hands the text typed so far to {@code keep}, so that
 * opening it again for the same segment brings the text back.
 */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm;
    final Button cancel = new Button("Cancel");
    private boolean done;

    ReasonDialog(
            String title,
            String explanation,
            String action,
            String draft,
            Predicate<String> run,
            Consumer<String> keep) {
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        addClassName("reason-dialog");
        confirm = new Button(action);
        reason.setWidthFull();
        reason.setMinLength(ReviewService.REASON_MIN_LENGTH);
        reason.setMaxLength(ReviewService.REASON_MAX_LENGTH);
        reason.setHelperText("At least " + ReviewService.REASON_MIN_LENGTH + " characters; kept in the history. "
                + "Ctrl+Enter: " + action + ". Esc keeps the reason for later.");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setValue(draft);
        reason.addValueChangeListener(e -> confirm.setEnabled(valid()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setTooltipText("Ctrl+Enter");
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        confirm.setEnabled(valid());
        confirm.addClickListener(e -> {
            if (valid() && run.test(reason.getValue().strip())) {
                done = true;
                close();
            }
        });
        cancel.setTooltipText("Esc: the reason stays for next time");
        cancel.addClickListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && !done) {
                keep.accept(reason.getValue());
            }
        });
        add(new Paragraph(explanation), reason);
        getFooter().add(cancel, confirm);
        setCloseOnOutsideClick(false);
        addAttachListener(e -> reason.focus());
    }

    private boolean valid() {
        int length = reason.getValue().strip().length();
        return length >= ReviewService.REASON_MIN_LENGTH && length <= ReviewService.REASON_MAX_LENGTH;
    }
}
