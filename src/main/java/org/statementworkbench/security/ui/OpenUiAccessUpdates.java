package org.statementworkbench.security.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.ui.AccountChangedEvent;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.base.ui.SignedIn;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.security.UserAccessChanged;

/**
 * Shows a person whose roles or working languages an administrator changed what changed, in every page they have
 * open, without signing them out: the menu is rebuilt for the new roles, and a view the new roles may not open
 * is left for the statement list. Every browser tab of a signed-in person hears {@link UserAccessChanged} through
 * {@link UiBroadcasts} while it is open; the broadcast comes after {@code UserSessions} has put the new roles in
 * their sessions (its listener runs first).
 *
 * <p>The change is delivered off the person's own requests, where Vaadin filters menu entries against no request
 * at all (and so finds none). The page is therefore asked for a round trip first; the update runs in that request
 * of the person's own page, where their new roles are the ones in force.
 */
@Component
class OpenUiAccessUpdates implements VaadinServiceInitListener {

    /** Long enough to be read by someone who looked away: it tells them what they may now do. */
    static final int NOTICE_MILLIS = 15_000;

    private final UiBroadcasts broadcasts;
    private final AccessAnnotationChecker accessChecker;

    OpenUiAccessUpdates(UiBroadcasts broadcasts, AccessAnnotationChecker accessChecker) {
        this.broadcasts = broadcasts;
        this.accessChecker = accessChecker;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> SignedIn.username().ifPresent(name -> listen(name, init.getUI())));
    }

    private void listen(String username, UI ui) {
        broadcasts.register(UserAccessChanged.class, ui, Echo.DELIVER, change -> {
            if (change.username().equals(username) && !change.endSessions()) {
                String message = describe(change);
                ui.getPage().executeJs("return 0").then(Integer.class, ignored -> update(ui, message));
            }
        });
    }

    private void update(UI ui, String message) {
        ComponentUtil.fireEvent(ui, new AccountChangedEvent(ui));
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        if (!chain.isEmpty() && !mayOpen(chain.get(0).getClass())) {
            ui.navigate("");
        }
        Notification notice = Notifications.info(message, NOTICE_MILLIS);
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
        return "An administrator changed your account. " + AccessDescription.of(change.roles(), change.languages());
    }
}
