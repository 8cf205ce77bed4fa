package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks why a concept is retired (required); a retired concept stays, shown as retired, and is not enforced. */
class RetireDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm = new Button("Retire");

    RetireDialog(String externalId, Consumer<String> retire) {
        setHeaderTitle("Retire concept " + externalId);
        setWidth("min(32rem, 95vw)");
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setPlaceholder("e.g. Obsolete since the 2024 reform; use the new body's name");
        add(
                new Paragraph("The concept stays in the glossary, shown as retired, and is no longer enforced in "
                        + "translations. It can be restored."),
                reason);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Say why the concept is retired.");
                reason.setInvalid(true);
                return;
            }
            close();
            retire.accept(reason.getValue().strip());
        });
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        reason.focus();
    }
}
