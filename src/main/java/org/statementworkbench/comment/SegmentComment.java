package org.statementworkbench.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * One comment on a segment: the first of a thread ({@code threadId} null) or a reply in one. The first comment
 * of a thread carries whether the thread is resolved, by whom and when, and where a merge moved it from. Enforces
 * the length of its text.
 */
@Entity
@Table(name = "segment_comment")
class SegmentComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "segment_id", nullable = false)
    private long segmentId;

    /** Null: for all languages of the segment. */
    @Column(length = 8)
    private @Nullable UnLanguage language;

    @Column(name = "thread_id")
    private @Nullable Long threadId;

    @Column(nullable = false, length = 64)
    private String author = "";

    @Column(nullable = false, length = Comment.MAX_LENGTH)
    private String body = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "resolved_by", length = 64)
    private @Nullable String resolvedBy;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    /** On a thread's first comment: the number of the segment it was on before a merge moved it here. */
    @Column(name = "moved_from_segment")
    private @Nullable Integer movedFromSegment;

    @Column(name = "moved_by", length = 64)
    private @Nullable String movedBy;

    @Column(name = "moved_at")
    private @Nullable Instant movedAt;

    @Version
    private long version;

    /** For JPA only. */
    protected SegmentComment() {}

    SegmentComment(
            long statementId,
            long segmentId,
            @Nullable UnLanguage language,
            @Nullable Long threadId,
            String author,
            String text,
            Instant createdAt) {
        this.statementId = statementId;
        this.segmentId = segmentId;
        this.language = language;
        this.threadId = threadId;
        this.author = author;
        this.body = checkedText(text);
        this.createdAt = createdAt;
    }

    /** The text as stored: without leading and trailing blanks, not empty, at most {@link Comment#MAX_LENGTH}. */
    static String checkedText(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("A comment cannot be empty.");
        }
        if (t.length() > Comment.MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A comment has at most " + Comment.MAX_LENGTH + " characters; this one has " + t.length() + ".");
        }
        return t;
    }

    long id() {
        return Objects.requireNonNull(id, "the comment is not saved yet");
    }

    /** The id of the thread's first comment: this one's own for a first comment. */
    long threadRoot() {
        return threadId == null ? id() : threadId;
    }

    boolean startsThread() {
        return threadId == null;
    }

    long statementId() {
        return statementId;
    }

    long segmentId() {
        return segmentId;
    }

    @Nullable
    UnLanguage language() {
        return language;
    }

    String author() {
        return author;
    }

    String text() {
        return body;
    }

    void correct(String text, Instant at) {
        this.body = checkedText(text);
        this.editedAt = at;
    }

    boolean resolved() {
        return resolvedAt != null;
    }

    void resolve(String by, Instant at) {
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    void reopen() {
        this.resolvedBy = null;
        this.resolvedAt = null;
    }

    @Nullable
    String resolvedBy() {
        return resolvedBy;
    }

    @Nullable
    Instant resolvedAt() {
        return resolvedAt;
    }

    /**
     * Puts this comment on another segment of the same statement, after a merge; a thread's first comment also
     * records where it came from ({@code fromNumber}), by whom and when.
     */
    void moveTo(long segmentId, int fromNumber, String by, Instant at) {
        this.segmentId = segmentId;
        if (startsThread()) {
            this.movedFromSegment = fromNumber;
            this.movedBy = by;
            this.movedAt = at;
        }
    }

    /** Where a merge moved this thread from; null when it was started on its segment (or is a reply). */
    @Nullable
    ThreadMove move() {
        return movedFromSegment == null || movedBy == null || movedAt == null
                ? null
                : new ThreadMove(movedFromSegment, movedBy, movedAt);
    }

    Comment toComment() {
        return new Comment(id(), threadRoot(), statementId, segmentId, language, author, body, createdAt, editedAt);
    }
}
