package org.statementworkbench.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.statementworkbench.base.ui.SignedIn;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.comment.CommentAdded;
import org.statementworkbench.comment.NotificationEntry;
import org.statementworkbench.comment.NotificationService;
import org.statementworkbench.comment.NotificationsRead;

/**
 * The signed-in person's notifications of comments, newest first, unread ones marked; Open marks one read and goes
 * to its segment in the editor. New ones arrive through push.
 */
@Route("notifications")
@PageTitle("My notifications | Statement Workbench")
@Menu(title = "My notifications", order = 36, icon = "vaadin:bell")
@PermitAll
@CssImport("./styles/comments.css")
class NotificationsView extends VerticalLayout {

    final Span summary = new Span();
    final Button markAllRead = new Button("Mark all read");
    final Div list = new Div();
    final List<NotificationCard> cards = new ArrayList<>();
    private final NotificationService notifications;

    NotificationsView(NotificationService notifications, UiBroadcasts broadcasts) {
        this.notifications = notifications;
        addClassName("notifications-view");
        list.addClassName("notification-list");
        markAllRead.addClickListener(e -> {
            notifications.markAllRead();
            reload();
        });
        var bar = new Div(summary, markAllRead);
        bar.addClassName("notifications-bar");
        add(bar, list);
        String me = SignedIn.username().orElse("");
        broadcasts.register(CommentAdded.class, this, Echo.DELIVER, added -> {
            if (added.notified().contains(me)) {
                reload();
            }
        });
        broadcasts.register(NotificationsRead.class, this, Echo.SKIP, read -> {
            if (read.recipient().equals(me)) {
                reload();
            }
        });
        reload();
    }

    void reload() {
        List<NotificationEntry> mine = notifications.mine();
        long unread = mine.stream().filter(NotificationEntry::unread).count();
        summary.setText(
                mine.isEmpty()
                        ? "No notifications yet: you get one when someone mentions you (@your-username) in a comment or"
                                + " replies in a thread you wrote in."
                        : unread + " unread of " + mine.size() + ".");
        markAllRead.setEnabled(unread > 0);
        list.removeAll();
        cards.clear();
        for (NotificationEntry entry : mine) {
            var card = new NotificationCard(entry, this::open);
            cards.add(card);
            list.add(card);
        }
    }

    private void open(NotificationEntry entry) {
        notifications.markRead(entry.id());
        getUI().ifPresent(ui -> ui.navigate(NotificationCard.editorPath(entry), NotificationCard.editorQuery(entry)));
    }
}
