package org.statementworkbench.comment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * One comment of a statement as reports show it: the segment's number as it stands now, the language (null: all
 * languages), its thread, whether that thread is resolved and where a merge moved it from (null when it was started
 * on its segment; like the resolution, every comment of a moved thread carries it).
 */
public record CommentRecord(
        int segmentNumber,
        @Nullable UnLanguage language,
        long threadId,
        long commentId,
        String author,
        Instant createdAt,
        @Nullable Instant editedAt,
        String text,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt,
        @Nullable ThreadMove movedFrom) {

    public boolean resolved() {
        return resolvedAt != null;
    }

    /** The records as CSV, in the columns of the statement's comments download (one row per comment). */
    public static String csv(java.util.List<CommentRecord> records) {
        return CommentExports.csv(records);
    }
}
