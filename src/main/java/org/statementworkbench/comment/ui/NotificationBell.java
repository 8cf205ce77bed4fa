package org.statementworkbench.comment.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.comment.CommentAdded;
import org.statementworkbench.comment.NotificationService;
import org.statementworkbench.comment.NotificationsRead;

/**
 * The top bar's link to "My notifications" with the count of unread ones, kept current through push: a comment
 * that notifies the person, or their reading notifications in another tab, counts again.
 */
class NotificationBell extends RouterLink {

    final Span count = new Span();
    private final NotificationService notifications;

    NotificationBell(NotificationService notifications, UiBroadcasts broadcasts, String username) {
        super(NotificationsView.class);
        this.notifications = notifications;
        addClassName("notification-bell");
        count.addClassName("notification-count");
        add(VaadinIcon.BELL.create(), count);
        // inline: the top bar is on every page, and a style sheet of this feature loads only with its views
        getStyle()
                .set("margin-inline", "auto var(--lumo-space-m)")
                .set("display", "inline-flex")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        count.getStyle()
                .set("min-width", "1.4em")
                .set("padding", "0 0.35em")
                .set("border-radius", "1em")
                .set("background", "var(--lumo-error-color)")
                .set("color", "var(--lumo-error-contrast-color)")
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("text-align", "center");
        broadcasts.register(CommentAdded.class, this, Echo.DELIVER, added -> {
            if (added.notified().contains(username)) {
                refresh();
            }
        });
        broadcasts.register(NotificationsRead.class, this, Echo.DELIVER, read -> {
            if (read.recipient().equals(username)) {
                refresh();
            }
        });
        addAttachListener(e -> refresh());
    }

    /** Counts the unread notifications again. */
    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : Long.toString(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? "My notifications: none unread" : "My notifications: " + unread + " unread";
        getElement().setAttribute("title", label);
        getElement().setAttribute("aria-label", label);
    }
}
