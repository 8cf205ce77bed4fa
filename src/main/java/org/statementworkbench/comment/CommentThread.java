package org.statementworkbench.comment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/** A thread: its first comment, the replies oldest first, and who resolved it when (null while open). */
public record CommentThread(
        Comment first,
        List<Comment> replies,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt) {

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
