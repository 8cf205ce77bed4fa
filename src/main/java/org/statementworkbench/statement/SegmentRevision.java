package org.statementworkbench.statement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;

/**
 * One saved state of a target segment: text, status, who and when, and for an approval over blocking problems the
 * justification and the problems (rows of {@code approval_override_issue}). Never changed once written.
 */
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

    @Column(name = "override_justification", length = ApprovalOverride.JUSTIFICATION_MAX_LENGTH)
    private @Nullable String overrideJustification;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable ReviewAction action;

    @Column(length = ApprovalOverride.JUSTIFICATION_MAX_LENGTH)
    private @Nullable String reason;

    /** The score of the memory match that filled the text (a draft from the memory), else null. */
    @Column(name = "memory_score")
    private @Nullable Integer memoryScore;

    /**
     * The problems an override approved over, in the gates' order. Loaded for up to 100 revisions of a query at once
     * (batch fetch), so listing a statement's overrides is a couple of queries, not one per revision.
     */
    @ElementCollection
    @CollectionTable(name = "approval_override_issue", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<OverriddenIssue> overriddenIssues = new ArrayList<>();

    protected SegmentRevision() {}

    SegmentRevision(
            long translationId,
            int revisionNo,
            String targetText,
            SegmentStatus status,
            String changedBy,
            Instant changedAt,
            @Nullable Integer restoredFrom) {
        this.translationId = translationId;
        this.revisionNo = revisionNo;
        this.targetText = targetText;
        this.status = status;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.restoredFrom = restoredFrom;
    }

    /** Records that this revision approved over {@code problems}, for the reason given. */
    void overrode(String justification, List<Issue> problems) {
        if (status != SegmentStatus.APPROVED) {
            throw new IllegalStateException("Only an approval overrides problems.");
        }
        this.overrideJustification = ApprovalOverride.requireValidJustification(justification);
        this.overriddenIssues =
                new ArrayList<>(problems.stream().map(OverriddenIssue::new).toList());
    }

    /** Records that the translation memory's match of this score filled the text. */
    void fromMemory(int score) {
        this.memoryScore = score;
    }

    /** Records that a reviewer's action (reopen, return) made this revision, for the reason given. */
    void by(ReviewAction action, String reason) {
        this.action = action;
        this.reason = reason;
    }

    boolean isOverride() {
        return overrideJustification != null;
    }

    ApprovalOverride toOverride(long segmentId, int segmentNumber, UnLanguage language) {
        return new ApprovalOverride(
                segmentId,
                segmentNumber,
                language,
                revisionNo,
                changedBy,
                changedAt,
                overrideJustification == null ? "" : overrideJustification,
                overriddenIssues.stream().map(OverriddenIssue::toIssue).toList());
    }

    Revision toRevision() {
        return new Revision(
                id == null ? 0 : id,
                revisionNo,
                targetText,
                status,
                changedBy,
                changedAt,
                restoredFrom,
                overrideJustification,
                action,
                reason,
                memoryScore);
    }
}
