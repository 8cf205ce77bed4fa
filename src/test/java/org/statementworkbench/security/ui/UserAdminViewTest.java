package org.statementworkbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;

@SpringBootTest
@Transactional
@WithMockUser(username = "view-admin", roles = "ADMIN")
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService userService;

    private UserAccount find(String username) {
        return userService.listUsers().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    /** Fills in the new user's name, full name and password (roles and languages as they are), and saves. */
    private void saveNewUser(UserAdminView view, String username, String fullName, String password) {
        test(view.username).setValue(username);
        test(view.fullName).setValue(fullName);
        test(view.password).setValue(password);
        test(view.save).click();
    }

    @Test
    void anAdminCreatesATranslatorWithWorkingLanguages() {
        UserAdminView view = navigate(UserAdminView.class);
        int before = test(view.grid).size();

        view.roles.setValue(EnumSet.of(Role.TRANSLATOR));
        view.languages.setValue(EnumSet.of(UnLanguage.AR, UnLanguage.FR));
        saveNewUser(view, "fatima.haddad", "Fatima Haddad", "a-long-enough-secret");

        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        UserAccount created = find("fatima.haddad");
        assertThat(created.roles()).containsExactly(Role.TRANSLATOR);
        assertThat(created.languages()).containsExactlyInAnyOrder(UnLanguage.AR, UnLanguage.FR);
        assertThat(test(find(Notification.class).last()).getText()).contains("created");
    }

    @Test
    void anAdminDisablesAUserAndChangesTheirRoles() {
        userService.createUser(new org.statementworkbench.security.NewUser(
                "chen.jing", "Chen Jing", "a-long-enough-secret", Set.of(Role.TRANSLATOR), Set.of(UnLanguage.ZH)));
        UserAdminView view = navigate(UserAdminView.class);
        UserAccount row = find("chen.jing");
        view.grid.asSingleSelect().setValue(row);

        assertThat(view.username.isReadOnly()).isTrue();
        view.roles.setValue(EnumSet.of(Role.TRANSLATOR, Role.REVIEWER));
        test(view.enabled).click();
        test(view.save).click();

        UserAccount saved = find("chen.jing");
        assertThat(saved.enabled()).isFalse();
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.TRANSLATOR, Role.REVIEWER);
    }

    @Test
    void aWeakPasswordIsReportedAndNothingIsCreated() {
        UserAdminView view = navigate(UserAdminView.class);
        int before = test(view.grid).size();

        saveNewUser(view, "ivan.petrov", "Ivan Petrov", "short");

        assertThat(test(find(Notification.class).last()).getText()).contains("at least 12");
        assertThat(test(view.grid).size()).isEqualTo(before);
        assertThat(userService.listUsers()).noneMatch(u -> u.username().equals("ivan.petrov"));
    }
}
