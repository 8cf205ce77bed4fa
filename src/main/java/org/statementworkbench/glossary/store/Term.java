package org.statementworkbench.glossary.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.SearchFolding;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.glossary.exchange.LanguageTags;

/** One term of a concept in one language, with its usage status and approval state. */
@Entity
@Table(name = "glossary_term")
public class Term {

    static final int TEXT_MAX_LENGTH = 500;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concept_id")
    private @Nullable Concept concept; // set by attach() when the concept takes the term, before it is stored

    @Column(nullable = false, length = 35)
    private String language;

    @Column(name = "term_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "folded_text", nullable = false, length = TEXT_MAX_LENGTH + 20)
    private String foldedText;

    @Enumerated(EnumType.STRING)
    @Column(name = "term_type", nullable = false, length = 16)
    private TermType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_status", nullable = false, length = 16)
    private UsageStatus status;

    @Column(name = "part_of_speech", length = 32)
    private @Nullable String partOfSpeech;

    @Column(length = 32)
    private @Nullable String gender;

    @Column(length = 2000)
    private @Nullable String context;

    @Column(name = "case_sensitive", nullable = false)
    private boolean caseSensitive;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Approval approval;

    @Column(name = "approval_by", length = 64)
    private @Nullable String approvalBy;

    @Column(name = "approval_at")
    private @Nullable Instant approvalAt;

    @Column(name = "approval_note", length = 2000)
    private @Nullable String approvalNote;

    @Column(name = "proposal_id")
    private @Nullable Long proposalId;

    @Column(nullable = false)
    private int position;

    /** For JPA only. */
    @SuppressWarnings("NullAway.Init")
    protected Term() {}

    public Term(TermDraft draft, Approval approval, String username, Instant when) {
        apply(draft);
        record(approval, username, when, null);
    }

    /** Normalises a BCP 47 tag ("FR" to "fr", "zh-hans" to "zh-Hans"); refuses what is not one. */
    public static String languageTag(String tag) {
        String t = tag.strip();
        if (!LANGUAGE_TAG.matcher(t).matches()) {
            throw new IllegalArgumentException("\"" + tag + "\" is not a BCP 47 language tag (e.g. fr, zh-Hans).");
        }
        return LanguageTags.normalized(t);
    }

    /**
     * The folded text as the {@code folded_text} column stores it ({@link SearchFolding#fold}, with a space on each
     * side), so that "starts a word" and "whole word" are plain {@code like} patterns.
     */
    public static String storedFolding(String text) {
        return " " + SearchFolding.fold(text) + " ";
    }

    public void edit(TermDraft draft) {
        apply(draft);
    }

    public void decide(Approval approval, String username, Instant when, @Nullable String note) {
        record(approval, username, when, note);
    }

    // Private so that the nullness checker sees the constructor set every field through them.
    private void apply(TermDraft draft) {
        String t = draft.text().strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("A term cannot be empty.");
        }
        if (t.length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("A term has at most " + TEXT_MAX_LENGTH + " characters.");
        }
        this.language = languageTag(draft.languageTag());
        this.text = t;
        this.foldedText = storedFolding(t);
        this.type = draft.type();
        this.status = draft.status();
        this.partOfSpeech = Concept.limited(draft.partOfSpeech(), 32, "A part of speech");
        this.gender = Concept.limited(draft.gender(), 32, "A grammatical gender");
        this.context = Concept.limited(draft.context(), 2000, "A context sentence");
        this.caseSensitive = draft.caseSensitive();
    }

    private void record(Approval approval, String username, Instant when, @Nullable String note) {
        this.approval = approval;
        this.approvalBy = username;
        this.approvalAt = when;
        this.approvalNote = Concept.limited(note, 2000, "A comment");
    }

    void attach(Concept concept, int position) {
        this.concept = concept;
        this.position = position;
    }

    public void proposedWith(long proposalId) {
        this.proposalId = proposalId;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    public Approval getApproval() {
        return approval;
    }

    public @Nullable Long getProposalId() {
        return proposalId;
    }

    public GlossaryTerm toRecord() {
        return new GlossaryTerm(
                id == null ? 0 : id,
                language,
                text,
                type,
                status,
                partOfSpeech,
                gender,
                context,
                caseSensitive,
                approval,
                approvalBy,
                approvalAt,
                approvalNote,
                proposalId);
    }
}
