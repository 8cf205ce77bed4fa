package org.statementworkbench.statement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/** A statement delivered at a UN body, in its source language, with the languages it is translated into. */
@Entity
@jakarta.persistence.Table(name = "statement")
class Statement {

    static final int TITLE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @Embedded
    private @Nullable StatementDetails details;

    @Column(name = "source_language", nullable = false, length = 8)
    private UnLanguage sourceLanguage = UnLanguage.EN;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "statement_target_language", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "language", length = 8, nullable = false)
    private Set<UnLanguage> targetLanguages = EnumSet.noneOf(UnLanguage.class);

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "archived_at")
    private @Nullable Instant archivedAt;

    @Column(name = "archived_by", length = 64)
    private @Nullable String archivedBy;

    /** Whether a reviewer may not approve text they wrote themselves (on by default). */
    @Column(name = "four_eyes", nullable = false)
    private boolean fourEyes = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Statement() {}

    Statement(String title, UnLanguage sourceLanguage, Collection<UnLanguage> targetLanguages) {
        setTitle(title);
        this.sourceLanguage = sourceLanguage;
        setTargetLanguages(targetLanguages);
    }

    @Nullable
    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        String t = title.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX_LENGTH) {
            throw new IllegalArgumentException("A title has 1 to " + TITLE_MAX_LENGTH + " characters.");
        }
        this.title = t;
    }

    UnLanguage getSourceLanguage() {
        return sourceLanguage;
    }

    Set<UnLanguage> getTargetLanguages() {
        return targetLanguages.isEmpty() ? EnumSet.noneOf(UnLanguage.class) : EnumSet.copyOf(targetLanguages);
    }

    void setTargetLanguages(Collection<UnLanguage> languages) {
        if (languages.contains(sourceLanguage)) {
            throw new IllegalArgumentException("The source language cannot also be a target language.");
        }
        targetLanguages.clear();
        targetLanguages.addAll(languages);
    }

    void describe(StatementDetails details) {
        this.details = details;
    }

    /** Hibernate reads an embedded value whose columns are all null as null. */
    StatementDetails getDetails() {
        return details == null ? StatementDetails.NONE : details;
    }

    boolean isFourEyes() {
        return fourEyes;
    }

    void setFourEyes(boolean fourEyes) {
        this.fourEyes = fourEyes;
    }

    boolean isArchived() {
        return archived;
    }

    void archive(String by, Instant at) {
        archived = true;
        archivedBy = by;
        archivedAt = at;
    }

    void restore() {
        archived = false;
        archivedBy = null;
        archivedAt = null;
    }
}
