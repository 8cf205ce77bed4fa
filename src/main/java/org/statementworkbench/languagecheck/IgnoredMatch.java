package org.statementworkbench.languagecheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/** A LanguageTool match a person chose to ignore in one segment translation: the rule and the words it flagged. */
@Entity
@Table(name = "language_ignored_match")
class IgnoredMatch {

    static final int COVERED_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "segment_id", nullable = false)
    private long segmentId;

    @Column(nullable = false, length = 8)
    private UnLanguage language = UnLanguage.EN;

    @Column(name = "rule_id", nullable = false, length = RuleSwitch.RULE_ID_MAX_LENGTH)
    private String ruleId = "";

    @Column(name = "covered_text", nullable = false, length = COVERED_MAX_LENGTH)
    private String coveredText = "";

    @Column(name = "ignored_by", nullable = false, length = 64)
    private String ignoredBy = "";

    @Column(name = "ignored_at", nullable = false)
    private Instant ignoredAt = Instant.EPOCH;

    /** For JPA only. */
    protected IgnoredMatch() {}

    IgnoredMatch(
            long segmentId,
            UnLanguage language,
            String ruleId,
            String coveredText,
            String ignoredBy,
            Instant ignoredAt) {
        this.segmentId = segmentId;
        this.language = language;
        this.ruleId = ruleId;
        this.coveredText = coveredText;
        this.ignoredBy = ignoredBy;
        this.ignoredAt = ignoredAt;
    }

    long getSegmentId() {
        return segmentId;
    }

    UnLanguage getLanguage() {
        return language;
    }

    IgnoredMatches.Key key() {
        return new IgnoredMatches.Key(ruleId, coveredText);
    }
}
