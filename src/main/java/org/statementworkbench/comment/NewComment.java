package org.statementworkbench.comment;

import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * A comment to add on a segment: about {@code language} (null: all languages), starting a thread or replying to
 * comment {@code replyTo} (a reply belongs to that comment's thread and takes its language).
 */
public record NewComment(
        long segmentId,
        @Nullable UnLanguage language,
        String text,
        @Nullable Long replyTo) {

    public static NewComment thread(long segmentId, @Nullable UnLanguage language, String text) {
        return new NewComment(segmentId, language, text, null);
    }

    public static NewComment reply(long segmentId, long replyTo, String text) {
        return new NewComment(segmentId, null, text, replyTo);
    }
}
