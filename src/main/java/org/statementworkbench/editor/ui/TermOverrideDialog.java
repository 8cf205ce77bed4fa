package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.statement.ApprovalOverride;

/**
 * Approval was refused for errors (of the term checks or the built-in checks): lists them. A reviewer may approve anyway with a written justification,
 * which is stored with the revision and shown in the terminology report; everyone else fixes the text.
 */
class TermOverrideDialog extends Dialog {

    final UnorderedList problems = new UnorderedList();
    final TextArea justification = new TextArea("Justification for approving anyway");
    final Button approveAnyway = new Button("Approve anyway");
    final Button fix = new Button("Fix the text");

    TermOverrideDialog(int segmentNumber, List<Issue> found, boolean mayOverride, Consumer<String> approveWith) {
        setHeaderTitle("Segment " + segmentNumber + " has errors");
        setWidth("min(40rem, 95vw)");
        addClassName("term-override-dialog");
        found.forEach(p -> {
            var item = new ListItem(p.message());
            item.setTitle(p.check().toString());
            problems.add(item);
        });
        add(new Paragraph("It was not approved. Fix the text, or explain why this translation is right."), problems);
        fix.addClickListener(e -> close());
        if (mayOverride) {
            justification.setWidthFull();
            justification.setMinLength(ApprovalOverride.JUSTIFICATION_MIN_LENGTH);
            justification.setMaxLength(ApprovalOverride.JUSTIFICATION_MAX_LENGTH);
            justification.setHelperText("At least " + ApprovalOverride.JUSTIFICATION_MIN_LENGTH
                    + " characters; kept with the revision and listed in the QA report.");
            justification.setValueChangeMode(ValueChangeMode.EAGER);
            justification.addValueChangeListener(e -> approveAnyway.setEnabled(valid()));
            approveAnyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            approveAnyway.setEnabled(false);
            approveAnyway.addClickListener(e -> {
                if (valid()) {
                    close();
                    approveWith.accept(justification.getValue().strip());
                }
            });
            add(justification);
            getFooter().add(fix, approveAnyway);
        } else {
            add(new Paragraph("Only a reviewer can approve over errors."));
            getFooter().add(fix);
        }
        setCloseOnOutsideClick(false);
    }

    private boolean valid() {
        int length = justification.getValue().strip().length();
        return length >= ApprovalOverride.JUSTIFICATION_MIN_LENGTH
                && length <= ApprovalOverride.JUSTIFICATION_MAX_LENGTH;
    }
}
