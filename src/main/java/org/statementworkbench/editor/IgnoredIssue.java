package org.statementworkbench.editor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;

/** A row of {@code ignored_issue} (V15): an issue of any check family ignored in one segment translation. */
@Entity
@Table(name = "ignored_issue")
class IgnoredIssue {

    static final int REASON_MIN_LENGTH = 10;
    static final int REASON_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "segment_id", nullable = false)
    private long segmentId;

    @Column(nullable = false, length = 8)
    private UnLanguage language = UnLanguage.EN;

    @Column(name = "check_id", nullable = false, length = 200)
    private CheckId checkId = CheckId.term("missing");

    @Column(name = "target_text", nullable = false, length = IgnoreKey.TEXT_MAX_LENGTH)
    private String targetText = "";

    @Column(name = "source_text", nullable = false, length = IgnoreKey.TEXT_MAX_LENGTH)
    private String sourceText = "";

    @Column(nullable = false, length = IgnoreKey.SUBJECT_MAX_LENGTH)
    private String subject = "";

    @Column(nullable = false, length = REASON_MAX_LENGTH)
    private String reason = "";

    @Column(name = "ignored_by", nullable = false, length = 64)
    private String ignoredBy = "";

    @Column(name = "ignored_at", nullable = false)
    private Instant ignoredAt = Instant.EPOCH;

    /** For JPA only. */
    protected IgnoredIssue() {}

    IgnoredIssue(
            long statementId,
            long segmentId,
            UnLanguage language,
            IgnoreKey key,
            String reason,
            String ignoredBy,
            Instant ignoredAt) {
        this.statementId = statementId;
        this.segmentId = segmentId;
        this.language = language;
        this.checkId = key.check();
        this.targetText = key.targetText();
        this.sourceText = key.sourceText();
        this.subject = key.subject();
        this.reason = reason;
        this.ignoredBy = ignoredBy;
        this.ignoredAt = ignoredAt;
    }

    long getSegmentId() {
        return segmentId;
    }

    UnLanguage getLanguage() {
        return language;
    }

    IgnoreKey key() {
        return new IgnoreKey(checkId, targetText, sourceText, subject);
    }

    IssueIgnore toRecord() {
        return new IssueIgnore(
                Objects.requireNonNull(id, "an unsaved ignore"),
                segmentId,
                language,
                key(),
                reason,
                ignoredBy,
                ignoredAt);
    }
}
