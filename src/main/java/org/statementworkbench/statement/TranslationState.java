package org.statementworkbench.statement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A target segment as last saved. {@code version} is what a save must name to prove it saw this state;
 * {@link #UNSAVED_VERSION} for a segment nobody has translated yet. {@code textBy} wrote the current text (the
 * four-eyes rule); {@code returnReason} is the reviewer's reason while the segment is Returned.
 */
public record TranslationState(
        String text,
        SegmentStatus status,
        long version,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        @Nullable String textBy,
        @Nullable String returnReason) {

    public static final long UNSAVED_VERSION = -1;

    public static TranslationState unsaved() {
        return new TranslationState("", SegmentStatus.NEW, UNSAVED_VERSION, null, null, null, null);
    }
}
