package org.statementworkbench.glossary.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.ConceptChange;

/** A recorded change of one concept. Never updated or deleted. */
@Entity
@Table(name = "glossary_change")
class GlossaryChangeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "concept_id", nullable = false)
    private long conceptId;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "before_state", columnDefinition = "longtext")
    private @Nullable String before;

    @Column(name = "after_state", columnDefinition = "longtext")
    private @Nullable String after;

    /** For JPA only. */
    @SuppressWarnings("NullAway.Init")
    protected GlossaryChangeEntry() {}

    GlossaryChangeEntry(
            long conceptId,
            String changedBy,
            Instant changedAt,
            String action,
            String summary,
            @Nullable String before,
            @Nullable String after) {
        this.conceptId = conceptId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.action = action;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary;
        this.before = before;
        this.after = after;
    }

    ConceptChange toRecord() {
        return new ConceptChange(id == null ? 0 : id, changedAt, changedBy, action, summary, before, after);
    }
}
