package org.statementworkbench.comment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * A thread: its first comment, the replies oldest first, who resolved it when (null while open) and where a merge
 * moved it from (null when it was started on its segment).
 */
public record CommentThread(
        Comment first,
        List<Comment> replies,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt,
        @Nullable ThreadMove movedFrom) {

    public CommentThread {
        replies = List.copyOf(replies);
    }

    public long id() {
        return first.id();
    }

    public boolean open() {
        return resolvedAt == null;
    }

    /** The language the thread is about; null for all languages. */
    public @Nullable UnLanguage language() {
        return first.language();
    }
}
