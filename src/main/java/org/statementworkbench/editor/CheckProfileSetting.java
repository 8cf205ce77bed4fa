package org.statementworkbench.editor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.qa.CheckProfile;

/** One setting of a statement's check profile: a check family or id and its level (table check_profile_setting). */
@Entity
@Table(name = "check_profile_setting")
class CheckProfileSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "check_key", nullable = false, length = 255)
    private String checkKey = "";

    @Column(nullable = false, length = 16)
    private String level = "";

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy = "";

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    /** For JPA only. */
    protected CheckProfileSetting() {}

    CheckProfileSetting(long statementId, String checkKey, CheckProfile.Level level, String changedBy, Instant at) {
        this.statementId = statementId;
        this.checkKey = checkKey;
        this.level = level.label();
        this.changedBy = changedBy;
        this.changedAt = at;
    }

    String checkKey() {
        return checkKey;
    }

    CheckProfile.Level level() {
        return CheckProfile.Level.fromLabel(level);
    }
}
