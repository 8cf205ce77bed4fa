package org.statementworkbench.statement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A target segment as last saved. {@code version} is what a save must name to prove it saw this state;
 * {@link #UNSAVED_VERSION} for a segment nobody has translated yet. {@code textBy} wrote the current text (the
 * four-eyes rule); {@code returnReason} is the reviewer's reason while the segment is Returned; {@code memoryScore}
 * the score of the translation memory's match that filled the text, until a person edits or confirms it.
 */
public record TranslationState(
        String text,
        SegmentStatus status,
        long version,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        @Nullable String textBy,
        @Nullable String returnReason,
        @Nullable Integer memoryScore) {

    public static final long UNSAVED_VERSION = -1;

    /** A state whose text a person wrote (not the memory). */
    public TranslationState(
            String text,
            SegmentStatus status,
            long version,
            @Nullable String updatedBy,
            @Nullable Instant updatedAt,
            @Nullable String textBy,
            @Nullable String returnReason) {
        this(text, status, version, updatedBy, updatedAt, textBy, returnReason, null);
    }

    /** Whether the text is the translation memory's, not yet edited or confirmed by a person. */
    public boolean fromMemory() {
        return memoryScore != null;
    }

    public static TranslationState unsaved() {
        return new TranslationState("", SegmentStatus.NEW, UNSAVED_VERSION, null, null, null, null);
    }
}
