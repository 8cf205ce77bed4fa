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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.ProposalRequest;
import org.statementworkbench.glossary.TermProposal;

/** A translator's proposal of a term or of a new target equivalent, with the segment it came from. */
@Entity
@Table(name = "glossary_proposal")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concept_id")
    private Concept concept;

    @Column(name = "new_concept", nullable = false)
    private boolean newConcept;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(length = 2000)
    private @Nullable String comment;

    @Column(name = "statement_id")
    private @Nullable Long statementId;

    @Column(name = "segment_id")
    private @Nullable Long segmentId;

    @Column(name = "segment_number")
    private @Nullable Integer segmentNumber;

    @Column(name = "source_language", length = 35)
    private @Nullable String sourceLanguage;

    @Column(name = "source_context", length = 4000)
    private @Nullable String sourceContext;

    @Column(name = "target_language", length = 35)
    private @Nullable String targetLanguage;

    @Column(name = "target_context", length = 4000)
    private @Nullable String targetContext;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Approval state = Approval.PROPOSED;

    @Column(name = "decided_by", length = 64)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decision_note", length = 2000)
    private @Nullable String decisionNote;

    @Version
    private long version;

    /** For JPA only. */
    @SuppressWarnings("NullAway.Init")
    protected Proposal() {}

    public Proposal(Concept concept, boolean newConcept, ProposalRequest request, String username, Instant when) {
        this.concept = concept;
        this.newConcept = newConcept;
        this.proposedBy = username;
        this.proposedAt = when;
        this.comment = Concept.limited(request.comment(), 2000, "A comment");
        this.statementId = request.statementId();
        this.segmentId = request.segmentId();
        this.segmentNumber = request.segmentNumber();
        this.sourceLanguage = Term.languageTag(request.sourceLanguage());
        this.sourceContext = Concept.limited(request.sourceContext(), 4000, "The source segment");
        this.targetLanguage = Term.languageTag(request.targetLanguage());
        this.targetContext = Concept.limited(request.targetContext(), 4000, "The target segment");
    }

    public void decide(Approval decision, String username, Instant when, @Nullable String note) {
        if (state != Approval.PROPOSED) {
            throw new IllegalStateException(
                    "This proposal was already " + state.label().toLowerCase() + " by " + decidedBy + ".");
        }
        this.state = decision;
        this.decidedBy = username;
        this.decidedAt = when;
        this.decisionNote = Concept.limited(note, 2000, "A comment");
    }

    public @Nullable Long getId() {
        return id;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("The proposal is not saved yet.");
        }
        return id;
    }

    public Concept getConcept() {
        return concept;
    }

    public boolean isNewConcept() {
        return newConcept;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public long getVersion() {
        return version;
    }

    public TermProposal toRecord() {
        long pid = requireId();
        List<GlossaryTerm> terms = concept.getTerms().stream()
                .filter(t -> t.getProposalId() != null && t.getProposalId() == pid)
                .map(Term::toRecord)
                .toList();
        return new TermProposal(
                pid,
                concept.requireId(),
                concept.getExternalId(),
                newConcept,
                proposedBy,
                proposedAt,
                comment,
                statementId,
                segmentId,
                segmentNumber,
                sourceLanguage,
                sourceContext,
                targetLanguage,
                targetContext,
                state,
                decidedBy,
                decidedAt,
                decisionNote,
                terms,
                version);
    }
}
