package org.statementworkbench.glossary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.glossary.store.Concept;
import org.statementworkbench.glossary.store.ConceptIds;
import org.statementworkbench.glossary.store.ConceptRepository;
import org.statementworkbench.glossary.store.GlossaryLog;
import org.statementworkbench.glossary.store.Proposal;
import org.statementworkbench.glossary.store.ProposalRepository;
import org.statementworkbench.glossary.store.Term;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;

/**
 * Term proposals from the editor and their review. Translators (and everyone who edits) propose, in their
 * working languages; reviewers and glossary managers approve or reject with a comment, never their own
 * proposals. Proposed terms are hints; only approved ones are enforced.
 */
@Service
public class TermProposalService {

    static final String PROPOSE = "hasAnyRole('TRANSLATOR', 'REVIEWER', 'GLOSSARY_MANAGER', 'ADMIN')";
    static final String DECIDE = "hasAnyRole('REVIEWER', 'GLOSSARY_MANAGER', 'ADMIN')";

    private final ConceptRepository concepts;
    private final ProposalRepository proposals;
    private final GlossaryLog log;
    private final UserService users;
    private final DomainEvents events;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;

    TermProposalService(
            ConceptRepository concepts,
            ProposalRepository proposals,
            GlossaryLog log,
            UserService users,
            DomainEvents events,
            PlatformTransactionManager transactionManager) {
        this.concepts = concepts;
        this.proposals = proposals;
        this.log = log;
        this.users = users;
        this.events = events;
        this.tx = new TransactionTemplate(transactionManager);
        this.readTx = new TransactionTemplate(transactionManager);
        this.readTx.setReadOnly(true);
    }

    /** Proposes a new concept or a new target equivalent of an existing one. */
    @PreAuthorize(PROPOSE)
    public TermProposal propose(ProposalRequest request) {
        UserAccount user = currentUser();
        String sourceTerm = blankToNull(request.sourceTerm());
        String targetTerm = blankToNull(request.targetTerm());
        if (targetTerm != null) {
            requireWorkingLanguage(user, request.targetLanguage());
        }
        return Objects.requireNonNull(tx.execute(s -> {
            Instant now = log.now();
            Concept concept;
            Long existingId = request.conceptId();
            boolean newConcept = existingId == null;
            String before = null;
            List<TermDraft> drafts = new ArrayList<>();
            if (existingId == null) {
                if (sourceTerm == null && targetTerm == null) {
                    throw new IllegalArgumentException("Select the term in the source or the target text.");
                }
                if (sourceTerm != null) {
                    drafts.add(draft(request.sourceLanguage(), sourceTerm));
                }
                if (targetTerm != null) {
                    drafts.add(draft(request.targetLanguage(), targetTerm));
                }
                String id = ConceptIds.readable(
                        drafts,
                        candidate -> concepts.findByExternalId(candidate).isPresent());
                concept = new Concept(id, user.username(), now);
                concept.describe(List.of(), null, null, null);
            } else {
                if (targetTerm == null) {
                    throw new IllegalArgumentException("Enter the target term you propose for this concept.");
                }
                long conceptId = existingId;
                concept = concepts.findById(conceptId)
                        .orElseThrow(() -> new IllegalArgumentException("There is no concept " + conceptId + "."));
                if (concept.isRetired()) {
                    throw new IllegalArgumentException("Concept " + concept.getExternalId() + " is retired.");
                }
                before = GlossaryLog.snapshot(concept);
                drafts.add(draft(request.targetLanguage(), targetTerm));
            }
            for (TermDraft d : drafts) {
                String folded = SearchFolding.fold(d.text());
                String language = Term.languageTag(d.languageTag());
                boolean exists = concept.getTerms().stream()
                        .anyMatch(t -> t.getLanguage().equals(language)
                                && SearchFolding.fold(t.getText()).equals(folded)
                                && t.getApproval() != Approval.REJECTED);
                if (exists) {
                    throw new IllegalArgumentException("\"" + d.text() + "\" is already a term of this concept.");
                }
            }
            if (newConcept) {
                concepts.save(concept);
            }
            Proposal proposal = proposals.save(new Proposal(concept, newConcept, request, user.username(), now));
            for (TermDraft d : drafts) {
                Term term = new Term(d, Approval.PROPOSED, user.username(), now);
                term.proposedWith(proposal.requireId());
                concept.addTerm(term);
            }
            log.record(concept, "proposed", user.username(), now, before);
            log.bump();
            return proposal.toRecord();
        }));
    }

    /** Open proposals, oldest first: the reviewers' queue. */
    @PreAuthorize(DECIDE)
    public List<TermProposal> queue() {
        return Objects.requireNonNull(
                readTx.execute(s -> proposals.findByStateOrderByProposedAtAsc(Approval.PROPOSED).stream()
                        .map(Proposal::toRecord)
                        .toList()));
    }

    /** The signed-in person's proposals and their outcome, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<TermProposal> mine() {
        String username = currentUser().username();
        return Objects.requireNonNull(
                readTx.execute(s -> proposals.findByProposedByOrderByProposedAtDesc(username).stream()
                        .map(Proposal::toRecord)
                        .toList()));
    }

    /**
     * Approves or rejects a proposal (a rejection needs a comment). Its terms become approved (enforced) or
     * rejected (kept for the record); a rejected new concept is retired.
     */
    @PreAuthorize(DECIDE)
    public TermProposal decide(long proposalId, long version, boolean approve, @Nullable String comment) {
        UserAccount user = currentUser();
        String note = blankToNull(comment);
        if (!approve && note == null) {
            throw new IllegalArgumentException("Say why the proposal is rejected: the proposer will read it.");
        }
        TermProposal decided = Objects.requireNonNull(tx.execute(s -> {
            Instant now = log.now();
            Proposal proposal = proposals
                    .findById(proposalId)
                    .orElseThrow(() -> new IllegalArgumentException("There is no proposal " + proposalId + "."));
            if (proposal.getVersion() != version) {
                throw new IllegalStateException("This proposal was changed meanwhile; reload the queue.");
            }
            if (proposal.getProposedBy().equals(user.username())) {
                throw new AccessDeniedException("Your own proposals are decided by another reviewer.");
            }
            Approval decision = approve ? Approval.APPROVED : Approval.REJECTED;
            Concept concept = proposal.getConcept();
            String before = GlossaryLog.snapshot(concept);
            proposal.decide(decision, user.username(), now, note);
            for (Term t : concept.getTerms()) {
                if (Objects.equals(t.getProposalId(), proposal.requireId()) && t.getApproval() == Approval.PROPOSED) {
                    t.decide(decision, user.username(), now, note);
                }
            }
            if (!approve
                    && proposal.isNewConcept()
                    && concept.getTerms().stream().allMatch(t -> t.getApproval() == Approval.REJECTED)) {
                concept.retire(user.username(), now, "Proposal rejected: " + note, null);
            } else {
                concept.touched(user.username(), now);
            }
            log.record(concept, approve ? "approved" : "rejected", user.username(), now, before);
            log.bump();
            return proposal.toRecord();
        }));
        events.publish(new ProposalDecided(
                decided.id(),
                decided.proposedBy(),
                user.username(),
                decided.state(),
                decided.terms().stream().map(GlossaryTerm::text).collect(Collectors.joining(" / ")),
                decided.decisionNote()));
        return decided;
    }

    private static TermDraft draft(String language, String text) {
        boolean acronym = text.length() > 1
                && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && text.chars().anyMatch(Character::isLetter)
                && !text.contains(" ");
        return TermDraft.of(language, text, acronym ? TermType.ACRONYM : TermType.FULL_FORM, UsageStatus.PREFERRED);
    }

    private static void requireWorkingLanguage(UserAccount user, String language) {
        if (!user.hasRole(Role.TRANSLATOR)
                || user.hasRole(Role.REVIEWER)
                || user.hasRole(Role.GLOSSARY_MANAGER)
                || user.hasRole(Role.ADMIN)) {
            return;
        }
        boolean working = TermLanguage.unLanguageOf(language)
                .map(user.languages()::contains)
                .orElse(false);
        if (!working) {
            throw new AccessDeniedException("You can propose target terms only in your working languages.");
        }
    }

    private UserAccount currentUser() {
        return users.currentUser().orElseThrow(() -> new IllegalStateException("No signed-in user."));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
