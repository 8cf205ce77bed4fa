package org.statementworkbench.memory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/** A unit's text in one language, with who wrote (approved) it and when. */
@Entity
@Table(name = "tm_unit_text")
class UnitText {

    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private TranslationUnit unit;

    @Column(nullable = false, length = 8)
    private UnLanguage language = UnLanguage.EN;

    @Column(nullable = false, length = MAX_LENGTH)
    private String text = "";

    @Column(length = 64)
    private @Nullable String author;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @SuppressWarnings("NullAway.Init")
    protected UnitText() {}

    UnitText(TranslationUnit unit, UnLanguage language) {
        this.unit = unit;
        this.language = language;
    }

    UnLanguage getLanguage() {
        return language;
    }

    String getText() {
        return text;
    }

    @Nullable
    String getAuthor() {
        return author;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    /** Sets the text (stripped; blank and over-long texts refused). */
    void set(String text, @Nullable String author, Instant changedAt) {
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A memory text has 1 to " + MAX_LENGTH + " characters.");
        }
        this.text = stripped;
        this.author = author;
        this.changedAt = changedAt;
    }
}
