package org.statementworkbench.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/** The translation of one segment into one target language, with its workflow status. */
@Entity
@Table(name = "segment_translation")
class SegmentTranslation {

    /** The highest score of a memory match: an exact match in context. */
    static final int MAX_MEMORY_SCORE = 101;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "segment_id")
    private Segment segment;

    @Column(nullable = false, length = 8)
    private UnLanguage language = UnLanguage.FR;

    @Column(name = "target_text", nullable = false, length = Segment.TEXT_MAX_LENGTH)
    private String targetText = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SegmentStatus status = SegmentStatus.NEW;

    @Column(name = "updated_by", length = 64)
    private @Nullable String updatedBy;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    /** Who wrote the current text: the user of the latest save that changed it (the four-eyes rule reads it). */
    @Column(name = "text_by", length = 64)
    private @Nullable String textBy;

    /** While {@link SegmentStatus#RETURNED}: the reviewer's reason. */
    @Column(name = "return_reason", length = ApprovalOverride.JUSTIFICATION_MAX_LENGTH)
    private @Nullable String returnReason;

    /** The score of the memory match that filled the text; null once a person edited or confirmed it. */
    @Column(name = "memory_score")
    private @Nullable Integer memoryScore;

    @Version
    private long version;

    /** For JPA only. */
    @SuppressWarnings("NullAway.Init")
    protected SegmentTranslation() {}

    SegmentTranslation(Segment segment, UnLanguage language) {
        this.segment = segment;
        this.language = language;
    }

    /** Records a saved edit: text, status, who and when (a person's: the text no longer counts as the memory's). */
    void update(String text, SegmentStatus status, String username, Instant when) {
        update(text, status, username, when, null);
    }

    /**
     * Records a saved edit; {@code memoryScore} (not null) when the translation memory's match of that score filled
     * the text, as a draft.
     */
    void update(String text, SegmentStatus status, String username, Instant when, @Nullable Integer memoryScore) {
        if (memoryScore != null && (memoryScore < 0 || memoryScore > MAX_MEMORY_SCORE)) {
            throw new IllegalArgumentException("A memory match scores 0 to " + MAX_MEMORY_SCORE + ".");
        }
        if (memoryScore != null && status != SegmentStatus.DRAFT) {
            throw new IllegalArgumentException("A translation from the memory is a draft until a person confirms it.");
        }
        if (text.length() > Segment.TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("A segment has at most " + Segment.TEXT_MAX_LENGTH + " characters.");
        }
        if (text.isBlank() && status != SegmentStatus.NEW) {
            throw new IllegalArgumentException("An empty translation can only have the status New.");
        }
        if (textBy == null || !text.equals(targetText)) {
            this.textBy = username;
        }
        this.targetText = text;
        this.status = status;
        this.updatedBy = username;
        this.updatedAt = when;
        this.memoryScore = memoryScore;
        if (status != SegmentStatus.RETURNED) {
            this.returnReason = null;
        }
    }

    /** Records a reviewer's action on the unchanged text: the new status and, for a return, the reason. */
    void reviewed(SegmentStatus status, @Nullable String returnReason, String username, Instant when) {
        this.status = status;
        this.returnReason = status == SegmentStatus.RETURNED ? returnReason : null;
        this.updatedBy = username;
        this.updatedAt = when;
    }

    /** Who wrote the current text (null only for a translation never saved with text). */
    @Nullable
    String getTextBy() {
        return textBy;
    }

    /** The score of the memory match that filled the text, until a person edits or confirms it. */
    @Nullable
    Integer getMemoryScore() {
        return memoryScore;
    }

    @Nullable
    Long getId() {
        return id;
    }

    UnLanguage getLanguage() {
        return language;
    }

    String getTargetText() {
        return targetText;
    }

    SegmentStatus getStatus() {
        return status;
    }

    @Nullable
    String getUpdatedBy() {
        return updatedBy;
    }

    Segment getSegment() {
        return segment;
    }

    long getVersion() {
        return version;
    }

    @Nullable
    Instant getUpdatedAt() {
        return updatedAt;
    }

    TranslationState toState() {
        return new TranslationState(
                targetText, status, version, updatedBy, updatedAt, textBy, returnReason, memoryScore);
    }
}
