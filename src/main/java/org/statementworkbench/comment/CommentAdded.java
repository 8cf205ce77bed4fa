package org.statementworkbench.comment;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvent;

/** Published after a comment was added; {@code notified} are the people who got a notification of it. */
public record CommentAdded(
        long commentId,
        long statementId,
        long segmentId,
        @Nullable UnLanguage language,
        String author,
        Set<String> notified)
        implements DomainEvent {

    public CommentAdded {
        notified = Set.copyOf(notified);
    }
}
