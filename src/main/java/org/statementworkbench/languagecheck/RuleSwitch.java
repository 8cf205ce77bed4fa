package org.statementworkbench.languagecheck;

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

/**
 * A LanguageTool rule switched off for one language: in every statement ({@code statementId} null) or in one
 * statement. Rule ids are LanguageTool's own ({@code MORFOLOGIK_RULE_EN_GB}, {@code FR_SPELLING_RULE}).
 */
@Entity
@Table(name = "language_rule_switch")
class RuleSwitch {

    static final int RULE_ID_MAX_LENGTH = 200;
    static final int DESCRIPTION_MAX_LENGTH = 500;
    static final int REASON_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 8)
    private UnLanguage language = UnLanguage.EN;

    @Column(name = "rule_id", nullable = false, length = RULE_ID_MAX_LENGTH)
    private String ruleId = "";

    @Column(name = "rule_description", nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String ruleDescription = "";

    @Column(name = "statement_id")
    private @Nullable Long statementId;

    @Column(length = REASON_MAX_LENGTH)
    private @Nullable String reason;

    @Column(name = "switched_by", nullable = false, length = 64)
    private String switchedBy = "";

    @Column(name = "switched_at", nullable = false)
    private Instant switchedAt = Instant.EPOCH;

    /** For JPA only. */
    protected RuleSwitch() {}

    RuleSwitch(
            UnLanguage language,
            String ruleId,
            String ruleDescription,
            @Nullable Long statementId,
            @Nullable String reason,
            String switchedBy,
            Instant switchedAt) {
        this.language = Objects.requireNonNull(language);
        this.ruleId = ruleId;
        this.ruleDescription = ruleDescription.length() > DESCRIPTION_MAX_LENGTH
                ? ruleDescription.substring(0, DESCRIPTION_MAX_LENGTH - 1) + "…"
                : ruleDescription;
        this.statementId = statementId;
        this.reason = reason;
        this.switchedBy = switchedBy;
        this.switchedAt = switchedAt;
    }

    String getRuleId() {
        return ruleId;
    }

    SwitchedOffRule toRecord() {
        return new SwitchedOffRule(
                Objects.requireNonNull(id),
                language,
                ruleId,
                ruleDescription,
                statementId,
                reason,
                switchedBy,
                switchedAt);
    }
}
