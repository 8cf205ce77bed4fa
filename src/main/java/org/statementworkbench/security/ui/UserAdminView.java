package org.statementworkbench.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.PasswordPolicy;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.Roles;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.security.UserUpdate;

/** Administrators create, edit and disable users, and assign their roles and working languages. */
@Route("admin/users")
@PageTitle("Users | Statement Workbench")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UserAdminView extends HorizontalLayout {

    final Grid<UserAccount> grid = new Grid<>();
    final Button newUser = new Button("New user", VaadinIcon.PLUS.create());
    final H2 formTitle = new H2();
    final TextField username = new TextField("Username");
    final TextField fullName = new TextField("Full name");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final CheckboxGroup<UnLanguage> languages = new CheckboxGroup<>("Working languages");
    final Checkbox enabled = new Checkbox("Enabled: may sign in");
    final PasswordField password = new PasswordField("Password");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");

    private final UserService userService;
    private @Nullable UserAccount editing;

    UserAdminView(UserService userService) {
        this.userService = userService;
        setSizeFull();
        setPadding(true);

        grid.addColumn(UserAccount::username)
                .setHeader("Username")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(UserAccount::fullName)
                .setHeader("Full name")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setAutoWidth(true);
        grid.addColumn(u ->
                        u.languages().stream().sorted().map(UnLanguage::code).collect(Collectors.joining(" ")))
                .setHeader("Languages")
                .setAutoWidth(true);
        grid.addColumn(u -> u.enabled() ? "Enabled" : "Disabled")
                .setHeader("Status")
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> edit(null));
        var list = new VerticalLayout(newUser, grid);
        list.setPadding(false);
        list.setSizeFull();

        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        languages.setItems(UnLanguage.values());
        languages.setItemLabelGenerator(l -> l.englishName() + " (" + l.code() + ")");
        languages.setHelperText("Translators edit only these target languages");
        username.setMaxLength(64);
        fullName.setMaxLength(200);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> edit(null));
        var form = new FormLayout(username, fullName, roles, languages, enabled, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var editor = new VerticalLayout(formTitle, form, new HorizontalLayout(save, cancel));
        editor.setWidth("28rem");
        editor.addClassName("workbench-user-editor");

        add(list, editor);
        setFlexGrow(1, list);
        refresh();
        edit(null);
    }

    private void refresh() {
        grid.setItems(userService.listUsers().stream()
                .sorted(Comparator.comparing(UserAccount::username))
                .toList());
    }

    private void edit(@Nullable UserAccount user) {
        editing = user;
        boolean creating = user == null;
        formTitle.setText(user == null ? "New user" : "Edit " + user.username());
        username.setValue(user == null ? "" : user.username());
        username.setReadOnly(!creating);
        fullName.setValue(user == null ? "" : user.fullName());
        roles.setValue(user == null ? EnumSet.of(Role.TRANSLATOR) : user.roles());
        languages.setValue(user == null ? EnumSet.noneOf(UnLanguage.class) : user.languages());
        enabled.setValue(user == null || user.enabled());
        enabled.setEnabled(!creating);
        password.clear();
        password.setLabel(creating ? "Password" : "New password (leave empty to keep the current one)");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters");
        if (creating) {
            grid.asSingleSelect().clear();
        }
    }

    private void save() {
        try {
            UserAccount current = editing;
            if (current == null) {
                UserAccount created = userService.createUser(new NewUser(
                        username.getValue(),
                        fullName.getValue(),
                        password.getValue(),
                        roles.getValue(),
                        languages.getValue()));
                Notifications.success("User " + created.username() + " created.");
            } else {
                userService.updateUser(new UserUpdate(
                        current.id(),
                        current.version(),
                        fullName.getValue(),
                        roles.getValue(),
                        languages.getValue(),
                        enabled.getValue(),
                        password.getValue()));
                Notifications.success("User " + current.username() + " saved.");
            }
            refresh();
            edit(null);
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(e.getMessage() == null ? "Changed by someone else; reloaded." : e.getMessage());
            refresh();
            edit(null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "Not done."));
        }
    }
}
