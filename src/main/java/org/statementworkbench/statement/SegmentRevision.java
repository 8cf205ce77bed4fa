package org.statementworkbench.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved state of a target segment: text, status, who and when. Never changed once written. */
@Entity
@Table(name = "segment_revision")
class SegmentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "translation_id", nullable = false)
    private long translationId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "target_text", nullable = false, length = Segment.TEXT_MAX_LENGTH)
    private String targetText = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SegmentStatus status = SegmentStatus.NEW;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy = "";

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "restored_from")
    private @Nullable Integer restoredFrom;

    protected SegmentRevision() {}

    SegmentRevision(long translationId, int revisionNo, String targetText, SegmentStatus status, String changedBy,
            Instant changedAt, @Nullable Integer restoredFrom) {
        this.translationId = translationId;
        this.revisionNo = revisionNo;
        this.targetText = targetText;
        this.status = status;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.restoredFrom = restoredFrom;
    }

    Revision toRevision() {
        return new Revision(id == null ? 0 : id, revisionNo, targetText, status, changedBy, changedAt, restoredFrom);
    }
}
