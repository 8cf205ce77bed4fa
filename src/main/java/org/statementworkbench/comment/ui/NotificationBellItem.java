package org.statementworkbench.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.statementworkbench.base.ui.NavbarItem;
import org.statementworkbench.base.ui.SignedIn;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.comment.NotificationService;

/** Puts the {@link NotificationBell} in the top bar of every signed-in page. */
@org.springframework.stereotype.Component
class NotificationBellItem implements NavbarItem {

    private final NotificationService notifications;
    private final UiBroadcasts broadcasts;

    NotificationBellItem(NotificationService notifications, UiBroadcasts broadcasts) {
        this.notifications = notifications;
        this.broadcasts = broadcasts;
    }

    @Override
    public Component create() {
        return SignedIn.username()
                .<Component>map(name -> new NotificationBell(notifications, broadcasts, name))
                .orElseGet(Span::new);
    }
}
