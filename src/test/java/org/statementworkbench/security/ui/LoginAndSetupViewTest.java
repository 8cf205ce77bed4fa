package org.statementworkbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.security.UserService;

/** Anonymous visitors: the login view, and the one-time setup screen of a database without an administrator. */
@SpringBootTest
@Transactional
class LoginAndSetupViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService userService;

    @Autowired
    JdbcTemplate jdbc;

    private void ensureAdmin() {
        if (!userService.adminExists()) {
            userService.createFirstAdmin("setup-admin", "Setup Admin", "a-long-enough-secret");
        }
    }

    private SetupView fillSetup(String password, String confirm) {
        SetupView setup = (SetupView) getCurrentView();
        test(setup.username).setValue("chief.admin");
        test(setup.fullName).setValue("Chief Administrator");
        test(setup.password).setValue(password);
        test(setup.confirm).setValue(confirm);
        test(setup.create).click();
        return setup;
    }

    @Test
    void theLoginFormPostsToSpringSecurity() {
        ensureAdmin();
        LoginView view = navigate(LoginView.class);
        assertThat(view.form.getAction()).isEqualTo("login");
        assertThat(view.form.isError()).isFalse();
    }

    @Test
    void aFailedLoginShowsTheReason() {
        ensureAdmin();
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(LoginView.class, com.vaadin.flow.router.QueryParameters.of("error", ""));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.form.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Incorrect username or password");
    }

    @Test
    void withoutAnAdministratorTheLoginLeadsToSetupWhichCreatesOne() {
        jdbc.update("delete from app_user");
        navigate("login", SetupView.class);
        fillSetup("a-long-enough-secret", "a-long-enough-secret");

        assertThat(userService.adminExists()).isTrue();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void setupRefusesMismatchedOrWeakPasswordsAndCreatesNothing() {
        jdbc.update("delete from app_user");
        navigate("setup", SetupView.class);
        SetupView setup = fillSetup("a-long-enough-secret", "a-different-secret!!");
        assertThat(setup.confirm.isInvalid()).isTrue();

        fillSetup("short", "short");
        assertThat(test(find(Notification.class).last()).getText()).contains("at least 12");
        assertThat(userService.adminExists()).isFalse();
    }

    @Test
    void setupIsGoneOnceAnAdministratorExists() {
        ensureAdmin();
        navigate("setup", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
