package org.statementworkbench.comment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * A comment as others see it. {@code threadId} is the id of its thread's first comment (its own id for a first
 * comment); {@code language} null means the comment is about all languages of the segment.
 */
public record Comment(
        long id,
        long threadId,
        long statementId,
        long segmentId,
        @Nullable UnLanguage language,
        String author,
        String text,
        Instant createdAt,
        @Nullable Instant editedAt) {

    /** The longest comment text, in characters. */
    public static final int MAX_LENGTH = 2000;

    public boolean startsThread() {
        return id == threadId;
    }
}
