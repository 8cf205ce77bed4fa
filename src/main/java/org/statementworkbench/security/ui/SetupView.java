package org.statementworkbench.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.security.PasswordPolicy;
import org.statementworkbench.security.UserService;

/** One-time setup of a fresh production database: creates the first administrator. Gone once one exists. */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up | Statement Workbench")
@AnonymousAllowed
class SetupView extends VerticalLayout implements BeforeEnterObserver {

    final TextField username = new TextField("Administrator username");
    final TextField fullName = new TextField("Full name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirm = new PasswordField("Repeat password");
    final Button create = new Button("Create administrator");
    private final UserService userService;

    SetupView(UserService userService) {
        this.userService = userService;
        setAlignItems(Alignment.CENTER);
        username.setRequired(true);
        fullName.setRequired(true);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> createAdmin());
        var form = new FormLayout(username, fullName, password, confirm);
        form.setWidth("32rem");
        form.setMaxWidth("100%");
        add(
                new H1("Set up Statement Workbench"),
                new Paragraph("No administrator exists yet. Create the first one; this screen then disappears."),
                form,
                create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (userService.adminExists()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void createAdmin() {
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setInvalid(true);
            confirm.setErrorMessage("The two passwords differ.");
            return;
        }
        try {
            userService.createFirstAdmin(username.getValue(), fullName.getValue(), password.getValue());
            Notifications.success("Administrator created. Sign in to continue.");
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "Not done."));
        }
    }
}
