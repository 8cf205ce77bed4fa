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
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;

/**
 * One saved state of a target segment: text, status, who and when, and for an approval over blocking problems the
 * justification and the problems. Never changed once written.
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

    /** The problems an override approved over, one {@code check: message} per line. */
    @Column(name = "overridden_problems", length = OVERRIDDEN_MAX_LENGTH)
    private @Nullable String overriddenProblems;

    static final int OVERRIDDEN_MAX_LENGTH = 4000;

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
        String joined =
                problems.stream().map(p -> p.describe().replace('\n', ' ')).collect(Collectors.joining("\n"));
        this.overriddenProblems = joined.length() <= OVERRIDDEN_MAX_LENGTH
                ? joined
                : joined.substring(0, OVERRIDDEN_MAX_LENGTH - 1) + "…";
    }

    boolean isOverride() {
        return overrideJustification != null;
    }

    ApprovalOverride toOverride(long segmentId, int segmentNumber, UnLanguage language) {
        String problems = overriddenProblems == null ? "" : overriddenProblems;
        return new ApprovalOverride(
                segmentId,
                segmentNumber,
                language,
                revisionNo,
                changedBy,
                changedAt,
                overrideJustification == null ? "" : overrideJustification,
                problems.isEmpty() ? List.of() : List.of(problems.split("\n")));
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
                overrideJustification);
    }
}
