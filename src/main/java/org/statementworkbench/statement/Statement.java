package org.statementworkbench.statement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
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

    @Column(name = "document_symbol", length = 100)
    private @Nullable String documentSymbol;

    @Column(name = "un_body", length = 300)
    private @Nullable String unBody;

    @Column(name = "session_name", length = 300)
    private @Nullable String sessionName;

    @Column(name = "agenda_item", length = 300)
    private @Nullable String agendaItem;

    @Column(length = 300)
    private @Nullable String speaker;

    @Column(length = 200)
    private @Nullable String delegation;

    @Column(name = "date_delivered")
    private @Nullable LocalDate dateDelivered;

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

    void describe(
            @Nullable String documentSymbol,
            @Nullable String unBody,
            @Nullable String sessionName,
            @Nullable String agendaItem,
            @Nullable String speaker,
            @Nullable String delegation,
            @Nullable LocalDate dateDelivered) {
        check("Document symbol", documentSymbol, 100);
        check("Body", unBody, 300);
        check("Session", sessionName, 300);
        check("Agenda item", agendaItem, 300);
        check("Speaker", speaker, 300);
        check("Delegation", delegation, 200);
        this.documentSymbol = documentSymbol;
        this.unBody = unBody;
        this.sessionName = sessionName;
        this.agendaItem = agendaItem;
        this.speaker = speaker;
        this.delegation = delegation;
        this.dateDelivered = dateDelivered;
    }

    private static void check(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " has at most " + max + " characters.");
        }
    }

    @Nullable
    String getDocumentSymbol() {
        return documentSymbol;
    }

    @Nullable
    String getUnBody() {
        return unBody;
    }

    @Nullable
    String getSessionName() {
        return sessionName;
    }

    @Nullable
    String getAgendaItem() {
        return agendaItem;
    }

    @Nullable
    String getSpeaker() {
        return speaker;
    }

    @Nullable
    String getDelegation() {
        return delegation;
    }

    @Nullable
    LocalDate getDateDelivered() {
        return dateDelivered;
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
