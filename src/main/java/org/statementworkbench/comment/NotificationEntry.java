package org.statementworkbench.comment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * A notification as its recipient sees it: the comment's author, text and where it is (statement, segment number
 * as it stands now, language; null for all languages), so that it can open the editor there.
 */
public record NotificationEntry(
        long id,
        NotificationReason reason,
        Instant createdAt,
        @Nullable Instant readAt,
        String author,
        String text,
        long statementId,
        String statementTitle,
        long segmentId,
        int segmentNumber,
        @Nullable UnLanguage language) {

    public boolean unread() {
        return readAt == null;
    }
}
