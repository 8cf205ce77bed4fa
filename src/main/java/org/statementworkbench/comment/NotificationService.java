package org.statementworkbench.comment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.statement.SegmentPlace;
import org.statementworkbench.statement.SegmentPlaces;

/**
 * The signed-in person's notifications of comments: how many are unread, the newest, marking them read. Nobody
 * reads or marks another person's notifications.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    /** The most notifications {@link #mine()} lists. */
    public static final int LIST_LIMIT = 200;

    private final NotificationRepository notifications;
    private final SegmentCommentRepository comments;
    private final SegmentPlaces places;
    private final DomainEvents events;
    private final Clock clock = Clock.systemUTC();

    NotificationService(
            NotificationRepository notifications,
            SegmentCommentRepository comments,
            SegmentPlaces places,
            DomainEvents events) {
        this.notifications = notifications;
        this.comments = comments;
        this.places = places;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(CommentService.currentUsername());
    }

    /**
     * The signed-in person's notifications, newest first (at most {@link #LIST_LIMIT}), each with where its
     * comment is; those whose segment is gone (merged) are left out.
     */
    @Transactional(readOnly = true)
    public List<NotificationEntry> mine() {
        List<Notification> list = notifications.findByRecipientOrderByCreatedAtDescIdDesc(
                CommentService.currentUsername(), PageRequest.of(0, LIST_LIMIT));
        Map<Long, SegmentComment> byId =
                comments.findByIdIn(list.stream().map(Notification::commentId).toList()).stream()
                        .collect(Collectors.toMap(SegmentComment::id, Function.identity()));
        Map<Long, SegmentPlace> where = places.find(
                byId.values().stream().map(SegmentComment::segmentId).distinct().toList());
        return list.stream()
                .filter(n -> byId.containsKey(n.commentId())
                        && where.containsKey(byId.get(n.commentId()).segmentId()))
                .map(n -> {
                    SegmentComment c = Objects.requireNonNull(byId.get(n.commentId()));
                    SegmentPlace p = Objects.requireNonNull(where.get(c.segmentId()));
                    return new NotificationEntry(
                            n.id(),
                            n.reason(),
                            n.createdAt(),
                            n.readAt(),
                            c.author(),
                            c.text(),
                            p.statementId(),
                            p.statementTitle(),
                            p.segmentId(),
                            p.number(),
                            c.language());
                })
                .toList();
    }

    /** Marks one of the signed-in person's notifications read; another person's is refused. */
    public void markRead(long notificationId) {
        String me = CommentService.currentUsername();
        Notification n = notifications
                .findById(notificationId)
                .orElseThrow(() -> new IllegalArgumentException("No such notification."));
        if (!n.recipient().equals(me)) {
            throw new AccessDeniedException("This notification is not yours.");
        }
        if (n.readAt() == null) {
            n.markRead(clock.instant());
            events.publish(new NotificationsRead(me));
        }
    }

    /** Marks all the signed-in person's notifications read; returns how many were unread. */
    public int markAllRead() {
        String me = CommentService.currentUsername();
        int marked = notifications.markAllRead(me, clock.instant());
        if (marked > 0) {
            events.publish(new NotificationsRead(me));
        }
        return marked;
    }
}
