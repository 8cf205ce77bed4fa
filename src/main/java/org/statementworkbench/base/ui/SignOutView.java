package org.statementworkbench.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Signing out is a navigation to this route, not a direct logout: the view being left hears of it first
 * ({@code BeforeLeaveObserver}), so the editor keeps typed text as a draft, or asks, before the session ends.
 */
@Route(value = SignOutView.ROUTE, autoLayout = false)
@PermitAll
class SignOutView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "signout";

    private final transient AuthenticationContext authentication;

    SignOutView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        authentication.logout();
    }
}
