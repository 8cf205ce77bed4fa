package org.statementworkbench.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Tells one person of one comment (they were mentioned, or someone replied in their thread); read or not. */
@Entity
@Table(name = "comment_notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 64)
    private String recipient = "";

    @Column(name = "comment_id", nullable = false)
    private long commentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NotificationReason reason = NotificationReason.MENTION;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    /** For JPA only. */
    protected Notification() {}

    Notification(String recipient, long commentId, NotificationReason reason, Instant createdAt) {
        this.recipient = recipient;
        this.commentId = commentId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    long id() {
        return Objects.requireNonNull(id, "the notification is not saved yet");
    }

    String recipient() {
        return recipient;
    }

    long commentId() {
        return commentId;
    }

    NotificationReason reason() {
        return reason;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant readAt() {
        return readAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
