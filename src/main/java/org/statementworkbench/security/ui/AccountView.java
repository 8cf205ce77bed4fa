package org.statementworkbench.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.security.PasswordPolicy;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;

/** The signed-in user's own account: roles and languages (read-only) and a password change. */
@Route("account")
@PageTitle("My account | Statement Workbench")
@Menu(title = "My account", order = 100, icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Repeat new password");
    final Button change = new Button("Change password");

    private final UserService userService;

    AccountView(UserService userService) {
        this.userService = userService;
        userService.currentUser().ifPresent(u -> summary.setText(describe(u)));
        next.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> changePassword());
        var form = new FormLayout(current, next, repeat);
        form.setMaxWidth("32rem");
        add(summary, form, change);
    }

    private static String describe(UserAccount user) {
        return user.fullName() + " (" + user.username() + "). " + AccessDescription.of(user.roles(), user.languages());
    }

    private void changePassword() {
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage("The two new passwords differ.");
            return;
        }
        try {
            userService.changeOwnPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            repeat.clear();
            Notifications.success("Password changed.");
        } catch (IllegalArgumentException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "Not done."));
        }
    }
}
