package org.statementworkbench.memory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * A multilingual translation unit: at most one text per UN language, so that any pair can be looked up. Units of
 * approved segments name their statement and segment (one unit per segment and memory) and the segment before it;
 * {@code revision} is the memory-wide revision of the unit's last change (see {@link UnitRepository#nextRevision}).
 */
@Entity
@Table(name = "tm_unit")
class TranslationUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "memory_id", nullable = false)
    private TranslationMemory memory;

    @Column(name = "statement_id")
    private @Nullable Long statementId;

    @Column(name = "segment_id")
    private @Nullable Long segmentId;

    @Column(name = "previous_segment_id")
    private @Nullable Long previousSegmentId;

    @Column(name = "document_symbol", length = 100)
    private @Nullable String documentSymbol;

    @Column(nullable = false)
    private long revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<UnitText> texts = new ArrayList<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected TranslationUnit() {}

    TranslationUnit(TranslationMemory memory, Instant createdAt) {
        this.memory = memory;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    @Nullable
    Long getId() {
        return id;
    }

    TranslationMemory getMemory() {
        return memory;
    }

    @Nullable
    Long getStatementId() {
        return statementId;
    }

    @Nullable
    Long getSegmentId() {
        return segmentId;
    }

    @Nullable
    Long getPreviousSegmentId() {
        return previousSegmentId;
    }

    @Nullable
    String getDocumentSymbol() {
        return documentSymbol;
    }

    long getRevision() {
        return revision;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Where an approved segment's unit comes from. */
    void origin(long statementId, long segmentId, @Nullable Long previousSegmentId, @Nullable String documentSymbol) {
        this.statementId = statementId;
        this.segmentId = segmentId;
        this.previousSegmentId = previousSegmentId;
        this.documentSymbol = documentSymbol;
    }

    Optional<UnitText> text(UnLanguage language) {
        return texts.stream().filter(t -> t.getLanguage() == language).findFirst();
    }

    /** The texts by language. */
    Map<UnLanguage, String> texts() {
        Map<UnLanguage, String> byLanguage = new EnumMap<>(UnLanguage.class);
        texts.forEach(t -> byLanguage.put(t.getLanguage(), t.getText()));
        return byLanguage;
    }

    /** Sets the text in one language (replacing any), as a change of this revision. */
    void put(UnLanguage language, String text, @Nullable String author, Instant at, long revision) {
        UnitText t = text(language).orElseGet(() -> {
            UnitText created = new UnitText(this, language);
            texts.add(created);
            return created;
        });
        t.set(text, author, at);
        changed(at, revision);
    }

    void changed(Instant at, long revision) {
        this.updatedAt = at;
        this.revision = revision;
    }
}
