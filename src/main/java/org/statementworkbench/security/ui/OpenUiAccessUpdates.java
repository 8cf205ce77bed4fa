package org.statementworkbench.security.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.AccountChangedEvent;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccessChanged;
import org.statementworkbench.security.UserSessions;

/**
 * Shows a person whose roles or working languages an administrator changed what changed, in every page they have
 * open, without signing them out: the menu is rebuilt for the new roles, and a view the new roles may not open
 * is left for the statement list. Runs after {@code UserSessions} has put the new roles in their sessions.
 *
 * <p>The change arrives on the administrator's thread, where Vaadin filters menu entries against no request at all
 * (and so finds none). The page is therefore asked for a round trip first; the update runs in that request of the
 * person's own page, where their new roles are the ones in force.
 */
@Component
class OpenUiAccessUpdates {

    /** Long enough to be read by someone who looked away: it tells them what they may now do. */
    static final int NOTICE_MILLIS = 15_000;

    private final UserSessions userSessions;
    private final AccessAnnotationChecker accessChecker;

    OpenUiAccessUpdates(UserSessions userSessions, AccessAnnotationChecker accessChecker) {
        this.userSessions = userSessions;
        this.accessChecker = accessChecker;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(10)
    void onAccessChanged(UserAccessChanged change) {
        if (change.endSessions()) {
            return;
        }
        String message = describe(change);
        for (HttpSession httpSession : userSessions.openSessionsOf(change.username())) {
            for (VaadinSession session : VaadinSession.getAllSessions(httpSession)) {
                session.access(() -> session.getUIs()
                        .forEach(ui -> ui.access(() -> ui.getPage()
                                .executeJs("return 0")
                                .then(Integer.class, ignored -> update(ui, message)))));
            }
        }
    }

    private void update(UI ui, String message) {
        ComponentUtil.fireEvent(ui, new AccountChangedEvent(ui));
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        if (!chain.isEmpty() && !mayOpen(chain.get(0).getClass())) {
            ui.navigate("");
        }
        Notification notice = Notification.show(message, NOTICE_MILLIS, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
    }

    private boolean mayOpen(Class<?> view) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        var granted = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return accessChecker.hasAccess(view, auth, role -> granted.contains("ROLE_" + role));
    }

    private static String describe(UserAccessChanged change) {
        String roles = change.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        String languages = change.languages().isEmpty()
                ? "none"
                : change.languages().stream()
                        .sorted()
                        .map(UnLanguage::englishName)
                        .collect(Collectors.joining(", "));
        return "An administrator changed your account. Roles: " + roles + ". Working languages: " + languages + ".";
    }
}
