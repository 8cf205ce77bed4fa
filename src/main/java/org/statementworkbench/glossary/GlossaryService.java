package org.statementworkbench.glossary;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.glossary.store.Concept;
import org.statementworkbench.glossary.store.ConceptIds;
import org.statementworkbench.glossary.store.ConceptRepository;
import org.statementworkbench.glossary.store.ConceptSearch;
import org.statementworkbench.glossary.store.GlossaryLog;
import org.statementworkbench.glossary.store.Term;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;

/**
 * Searching and curating the glossary. Everyone signed in searches and reads; glossary managers (and
 * administrators) create, edit, retire, restore and merge concepts. Every change is recorded
 * ({@link #history}) and announced ({@link GlossaryChanged}).
 */
@Service
public class GlossaryService {

    /** Who curates: the expression used on every changing method here and in the exchange service. */
    public static final String MANAGE = "hasAnyRole('GLOSSARY_MANAGER', 'ADMIN')";

    private final ConceptRepository concepts;
    private final GlossaryLog log;
    private final UserService users;
    private final EntityManager em;
    private final ConceptSearch search;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;

    GlossaryService(
            ConceptRepository concepts,
            GlossaryLog log,
            UserService users,
            EntityManager em,
            ConceptSearch search,
            PlatformTransactionManager transactionManager) {
        this.concepts = concepts;
        this.log = log;
        this.users = users;
        this.em = em;
        this.search = search;
        this.tx = new TransactionTemplate(transactionManager);
        this.readTx = new TransactionTemplate(transactionManager);
        this.readTx.setReadOnly(true);
    }

    /** How many concepts match. */
    @PreAuthorize("isAuthenticated()")
    public int count(GlossaryQuery query) {
        return Objects.requireNonNull(readTx.execute(s -> search.count(query)));
    }

    /**
     * One page of matching concepts (words starting with the text, or the text's words in any inflected form):
     * exact matches first, then terms starting with the text, then the rest.
     */
    @PreAuthorize("isAuthenticated()")
    public List<GlossaryConcept> search(GlossaryQuery query, int offset, int limit) {
        return Objects.requireNonNull(readTx.execute(s -> load(search.page(query, offset, limit))));
    }

    /** The ids of every concept the query selects, in id order (for exports, which read them in bulk). */
    List<Long> matchingIds(GlossaryQuery query) {
        return Objects.requireNonNull(readTx.execute(s -> search.all(query)));
    }

    private List<GlossaryConcept> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Concept> byId = new HashMap<>();
        for (Concept c : em.createQuery(
                        "select distinct c from Concept c left join fetch c.terms where c.id in :ids", Concept.class)
                .setParameter("ids", ids)
                .getResultList()) {
            byId.put(c.requireId(), c);
        }
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(Concept::toRecord)
                .toList();
    }

    /** Every subject field in use, sorted. */
    @PreAuthorize("isAuthenticated()")
    public List<String> subjectFields() {
        return Objects.requireNonNull(readTx.execute(s -> em
                .createNativeQuery(
                        "select distinct subject_field from glossary_concept_subject order by subject_field",
                        String.class)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .toList()));
    }

    /** Every language that has a term, sorted by code. */
    @PreAuthorize("isAuthenticated()")
    public List<String> languages() {
        return Objects.requireNonNull(readTx.execute(
                s -> em.createQuery("select distinct t.language from Term t order by t.language", String.class)
                        .getResultList()));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<GlossaryConcept> find(long id) {
        return Objects.requireNonNull(readTx.execute(s -> concepts.findById(id).map(Concept::toRecord)));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<GlossaryConcept> findByExternalId(String externalId) {
        return Objects.requireNonNull(
                readTx.execute(s -> concepts.findByExternalId(externalId).map(Concept::toRecord)));
    }

    /** Other concepts (not retired) that have this exact term (folded) in the language: likely duplicates. */
    @PreAuthorize("isAuthenticated()")
    public List<GlossaryConcept> conceptsWithTerm(String language, String text, @Nullable Long exceptConceptId) {
        return Objects.requireNonNull(readTx.execute(s -> load(em.createQuery(
                        "select distinct t.concept.id from Term t "
                                + "where t.language = :language and t.foldedText = :folded and t.concept.retiredAt is null "
                                + "and t.concept.id <> :except",
                        Long.class)
                .setParameter("language", Term.languageTag(language))
                .setParameter("folded", Term.storedFolding(text))
                .setParameter("except", exceptConceptId == null ? -1L : exceptConceptId)
                .setMaxResults(20)
                .getResultList())));
    }

    /** A concept's history, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ConceptChange> history(long conceptId) {
        return Objects.requireNonNull(readTx.execute(s -> log.history(conceptId)));
    }

    /** Creates a concept; the manager's terms are approved at once. */
    @PreAuthorize(MANAGE)
    public GlossaryConcept create(ConceptDraft draft) {
        String user = username();
        return Objects.requireNonNull(tx.execute(s -> {
            Instant now = log.now();
            String externalId = draft.externalId() == null || draft.externalId().isBlank()
                    ? ConceptIds.readable(
                            draft.terms(), id -> concepts.findByExternalId(id).isPresent())
                    : draft.externalId().strip();
            if (concepts.findByExternalId(externalId).isPresent()) {
                throw new IllegalArgumentException("There is already a concept with the id " + externalId + ".");
            }
            Concept concept = new Concept(externalId, user, now);
            concept.describe(draft.subjectFields(), draft.definition(), draft.note(), draft.source());
            concept.replaceTerms(draft.terms(), user, now);
            concepts.save(concept);
            log.record(concept, "created", user, now, null);
            log.bump();
            return concept.toRecord();
        }));
    }

    /** Saves an edit, refused with {@link GlossaryConflictException} if the concept changed since it was read. */
    @PreAuthorize(MANAGE)
    public GlossaryConcept update(ConceptDraft draft) {
        String user = username();
        Long id = draft.id();
        if (id == null) {
            throw new IllegalArgumentException("Only a saved concept can be updated.");
        }
        return Objects.requireNonNull(tx.execute(s -> {
            Instant now = log.now();
            Concept concept = current(id, draft.version());
            String before = GlossaryLog.snapshot(concept);
            if (draft.externalId() != null
                    && !draft.externalId().isBlank()
                    && !draft.externalId().strip().equals(concept.getExternalId())) {
                String newId = draft.externalId().strip();
                if (concepts.findByExternalId(newId).isPresent()) {
                    throw new IllegalArgumentException("There is already a concept with the id " + newId + ".");
                }
                concept.setExternalId(newId);
            }
            concept.describe(draft.subjectFields(), draft.definition(), draft.note(), draft.source());
            concept.replaceTerms(draft.terms(), user, now);
            concept.touched(user, now);
            log.record(concept, "edited", user, now, before);
            log.bump();
            return concept.toRecord();
        }));
    }

    /** Retires a concept: it stays, shown as retired, and is no longer enforced. */
    @PreAuthorize(MANAGE)
    public GlossaryConcept retire(long id, long version, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("Say why the concept is retired.");
        }
        return change(id, version, "retired", (c, user, now) -> c.retire(user, now, reason, null));
    }

    /** Brings a retired concept back. */
    @PreAuthorize(MANAGE)
    public GlossaryConcept restore(long id, long version) {
        return change(id, version, "restored", (c, user, now) -> {
            if (!c.isRetired()) {
                throw new IllegalArgumentException("The concept is not retired.");
            }
            c.restore(user, now);
        });
    }

    /**
     * Merges a duplicate into the concept kept: terms the kept concept lacks (language and text) move over, subject
     * fields are joined, its definition, note and source fill the kept one's gaps; the duplicate is retired with a
     * pointer to the kept concept. One transaction, both recorded.
     */
    @PreAuthorize(MANAGE)
    public GlossaryConcept merge(long keepId, long keepVersion, long duplicateId, long duplicateVersion) {
        if (keepId == duplicateId) {
            throw new IllegalArgumentException("A concept cannot be merged into itself.");
        }
        String user = username();
        return Objects.requireNonNull(tx.execute(s -> {
            Instant now = log.now();
            Concept keep = current(keepId, keepVersion);
            Concept duplicate = current(duplicateId, duplicateVersion);
            if (keep.isRetired() || duplicate.isRetired()) {
                throw new IllegalArgumentException("Retired concepts cannot be merged; restore them first.");
            }
            String keepBefore = GlossaryLog.snapshot(keep);
            String duplicateBefore = GlossaryLog.snapshot(duplicate);
            GlossaryConcept k = keep.toRecord();
            GlossaryConcept d = duplicate.toRecord();
            Set<String> have = new HashSet<>();
            for (GlossaryTerm t : k.terms()) {
                have.add(t.languageTag() + "\u0000" + SearchFolding.fold(t.text()));
            }
            List<Term> moving = new ArrayList<>();
            for (Term t : duplicate.getTerms()) {
                if (have.add(t.getLanguage() + "\u0000" + SearchFolding.fold(t.getText()))) {
                    moving.add(t);
                }
            }
            for (Term t : moving) {
                Term copy = new Term(t.toRecord().toDraft(), t.getApproval(), user, now);
                GlossaryTerm r = t.toRecord();
                copy.decide(
                        r.approval(),
                        r.approvalBy() == null ? user : r.approvalBy(),
                        r.approvalAt() == null ? now : r.approvalAt(),
                        r.approvalNote());
                keep.addTerm(copy);
            }
            keep.describeAlso(d.subjectFields(), d.definition(), d.note(), d.source());
            keep.touched(user, now);
            duplicate.retire(user, now, "Merged into " + keep.getExternalId(), keep.requireId());
            log.record(keep, "merged", user, now, keepBefore);
            log.record(duplicate, "merged", user, now, duplicateBefore);
            log.bump();
            return keep.toRecord();
        }));
    }

    private interface ConceptChangeAction {
        void apply(Concept concept, String username, Instant now);
    }

    private GlossaryConcept change(long id, long version, String action, ConceptChangeAction change) {
        String user = username();
        return Objects.requireNonNull(tx.execute(s -> {
            Instant now = log.now();
            Concept concept = current(id, version);
            String before = GlossaryLog.snapshot(concept);
            change.apply(concept, user, now);
            log.record(concept, action, user, now, before);
            log.bump();
            return concept.toRecord();
        }));
    }

    private Concept current(long id, long version) {
        Concept concept = concepts.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("There is no concept " + id + "."));
        if (concept.getVersion() != version) {
            throw new GlossaryConflictException(concept.toRecord());
        }
        return concept;
    }

    private String username() {
        return users.currentUser()
                .map(UserAccount::username)
                .orElseThrow(() -> new IllegalStateException("No signed-in user."));
    }
}
