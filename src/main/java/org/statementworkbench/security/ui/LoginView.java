package org.statementworkbench.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.statementworkbench.security.UserService;

/** Sign-in. Sends a fresh production database (no administrator yet) to the one-time setup screen. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Statement Workbench")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();
    private final UserService userService;

    LoginView(UserService userService) {
        this.userService = userService;
        addClassName("workbench-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        var lead = new Paragraph(
                "Translation of official statements into Arabic, Chinese, English, French, " + "Russian and Spanish.");
        lead.addClassName("workbench-login-lead");
        add(new H1("Statement Workbench"), lead, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!userService.adminExists()) {
            event.forwardTo(SetupView.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent() == null
                    ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof LockedException locked) {
                i18n.getErrorMessage().setTitle("Sign-in temporarily blocked");
                i18n.getErrorMessage().setMessage(locked.getMessage());
            } else if (failure instanceof DisabledException) {
                i18n.getErrorMessage().setTitle("Account disabled");
                i18n.getErrorMessage().setMessage("This account is disabled. Ask an administrator to enable it.");
            } else {
                i18n.getErrorMessage().setTitle("Incorrect username or password");
                i18n.getErrorMessage().setMessage("Check the username and password and try again.");
            }
            form.setI18n(i18n);
            form.setError(true);
        }
    }
}
