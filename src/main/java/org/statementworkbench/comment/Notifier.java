package org.statementworkbench.comment;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statementworkbench.security.UserService;

/**
 * Writes the notifications of a comment: to the enabled users it mentions (unknown names stay plain text) and to
 * the thread's earlier authors, never to its own author and at most once per person and comment.
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final UserService users;
    private final Clock clock = Clock.systemUTC();

    Notifier(NotificationRepository notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
    }

    /** Notifies the people {@code comment} mentions and {@code participants}; returns who was newly notified. */
    Set<String> notifyOf(SegmentComment comment, Collection<String> participants) {
        Set<String> mentioned = users.enabledUsernames(Mentions.in(comment.text()));
        Set<String> notified = new LinkedHashSet<>();
        for (String name : mentioned) {
            add(comment, name, NotificationReason.MENTION, notified);
        }
        for (String name : participants) {
            add(comment, name, NotificationReason.REPLY, notified);
        }
        return notified;
    }

    private void add(SegmentComment comment, String recipient, NotificationReason reason, Set<String> notified) {
        if (recipient.equals(comment.author())
                || notified.contains(recipient)
                || notifications.existsByRecipientAndCommentId(recipient, comment.id())) {
            return;
        }
        notifications.save(new Notification(recipient, comment.id(), reason, clock.instant()));
        notified.add(recipient);
    }
}
