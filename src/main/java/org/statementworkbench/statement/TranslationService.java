package org.statementworkbench.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;

/**
 * Reading and saving target segments. Saves are checked against the version the person edited: a save over
 * someone else's newer change is refused with both texts ({@link TranslationConflictException}), never
 * silently overwritten. Every save is a {@link Revision}. Role rules: {@link TranslationPolicy}. A save to
 * Approved passes every {@link ApprovalGate} first: blocking problems refuse it ({@link ApprovalBlockedException})
 * unless a reviewer approves over them with a written justification, stored with the revision.
 */
@Service
public class TranslationService {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final SegmentRepository segments;
    private final SegmentTranslationRepository translations;
    private final SegmentRevisionRepository revisions;
    private final UserService users;
    private final DomainEvents events;
    private final ObjectProvider<ApprovalGate> gates;
    private final EntityManager em;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final StatementProgress progress;
    private final Clock clock = Clock.systemUTC();

    TranslationService(
            SegmentRepository segments,
            SegmentTranslationRepository translations,
            SegmentRevisionRepository revisions,
            UserService users,
            DomainEvents events,
            EntityManager em,
            PlatformTransactionManager transactionManager,
            ObjectProvider<ApprovalGate> gates,
            StatementProgress progress) {
        this.progress = progress;
        this.segments = segments;
        this.translations = translations;
        this.revisions = revisions;
        this.users = users;
        this.events = events;
        this.gates = gates;
        this.em = em;
        this.tx = new TransactionTemplate(transactionManager);
        this.readTx = new TransactionTemplate(transactionManager);
        this.readTx.setReadOnly(true);
    }

    /** How many segments of the statement match the query, for the target language. */
    @PreAuthorize("isAuthenticated()")
    public int count(long statementId, UnLanguage language, SegmentQuery query) {
        return Objects.requireNonNull(
                readTx.execute(s -> new SegmentSearch(em, statementId, language, query).count(null)));
    }

    /** The position (from 0) of segment {@code number} among the matching segments: how many come before it. */
    @PreAuthorize("isAuthenticated()")
    public int positionOf(long statementId, UnLanguage language, SegmentQuery query, int number) {
        return Objects.requireNonNull(
                readTx.execute(s -> new SegmentSearch(em, statementId, language, query).count(number)));
    }

    /** One page of matching segments in document order, each with its translation into {@code language}. */
    @PreAuthorize("isAuthenticated()")
    public List<SegmentRow> rows(long statementId, UnLanguage language, SegmentQuery query, int offset, int limit) {
        return Objects.requireNonNull(readTx.execute(s -> {
            List<SegmentRow> rows = new ArrayList<>();
            for (Tuple r : new SegmentSearch(em, statementId, language, query).page(offset, limit)) {
                Segment seg = r.get(0, Segment.class);
                @Nullable SegmentTranslation t = r.get(1, SegmentTranslation.class);
                rows.add(new SegmentRow(
                        Objects.requireNonNull(seg.getId()),
                        seg.getSeqNo(),
                        seg.getParagraphIndex(),
                        seg.getSourceText(),
                        t == null ? TranslationState.unsaved() : t.toState()));
            }
            return rows;
        }));
    }

    /**
     * Saves one target segment. Throws {@link TranslationConflictException} when it changed meanwhile and
     * {@link ApprovalBlockedException} when it asks for Approved and an {@link ApprovalGate} objects.
     */
    @PreAuthorize("isAuthenticated()")
    public TranslationState save(SaveTranslation save) {
        return save(save, null, null, null);
    }

    /**
     * Fills a target with the text of a translation memory match of {@code memoryScore} (0-101), as a draft that
     * remembers where it came from (its state and revision carry the score) until a person edits or confirms it.
     * Never over a person's work: only an empty target, or one the memory filled, is filled. The same role rules,
     * version check and lock of approved segments apply as to any save.
     *
     * @throws IllegalStateException when the target holds a person's text
     */
    @PreAuthorize("isAuthenticated()")
    public TranslationState saveFromMemory(SaveTranslation save, int memoryScore) {
        if (save.status() != SegmentStatus.DRAFT) {
            throw new IllegalArgumentException("A translation from the memory is saved as a draft.");
        }
        if (memoryScore < 0 || memoryScore > SegmentTranslation.MAX_MEMORY_SCORE) {
            throw new IllegalArgumentException(
                    "A memory match scores 0 to " + SegmentTranslation.MAX_MEMORY_SCORE + ".");
        }
        if (save.text().isBlank()) {
            throw new IllegalArgumentException("The memory's translation is empty.");
        }
        return save(save, null, null, memoryScore);
    }

    /**
     * Approves a segment over the problems the approval gates report, for the reason given (at least
     * {@link ApprovalOverride#JUSTIFICATION_MIN_LENGTH} characters); reviewers and administrators only. The
     * justification and the problems are stored with the revision and listed by {@link #overrides}.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public TranslationState approveOverriding(SaveTranslation save, String justification) {
        if (save.status() != SegmentStatus.APPROVED) {
            throw new IllegalArgumentException("Only an approval can override problems.");
        }
        return save(save, null, ApprovalOverride.requireValidJustification(justification), null);
    }

    private TranslationState save(
            SaveTranslation save,
            @Nullable Integer restoredFrom,
            @Nullable String justification,
            @Nullable Integer memoryScore) {
        UserAccount user = users.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        ReviewRules.requireSavableStatus(save.status());
        TranslationPolicy.requireCanSave(user, save.language(), save.status());
        boolean mayOverride = user.hasRole(Role.REVIEWER) || user.hasRole(Role.ADMIN);
        if (justification != null && !mayOverride) {
            throw new AccessDeniedException("Only reviewers may approve over blocking problems.");
        }
        try {
            return Objects.requireNonNull(tx.execute(s -> write(
                    save, user.username(), restoredFrom, new Justification(justification, mayOverride), memoryScore)));
        } catch (DataIntegrityViolationException concurrentFirstSave) {
            TranslationState theirs = Objects.requireNonNull(readTx.execute(s -> translations
                    .find(save.segmentId(), save.language())
                    .map(SegmentTranslation::toState)
                    .orElse(TranslationState.unsaved())));
            throw new TranslationConflictException(save.text(), theirs);
        }
    }

    /** The justification the save brings (null: none) and whether its author may override. */
    private record Justification(@Nullable String justification, boolean mayOverride) {}

    private TranslationState write(
            SaveTranslation save,
            String username,
            @Nullable Integer restoredFrom,
            Justification override,
            @Nullable Integer memoryScore) {
        var toChange = TranslationToChange.lock(
                segments, translations, save.segmentId(), save.language(), save.baseVersion(), save.text());
        Segment segment = toChange.segment();
        Statement statement = toChange.statement();
        var current = toChange.current();
        SegmentTranslation translation = current.orElseGet(() -> new SegmentTranslation(segment, save.language()));
        String text = save.text().strip();
        SegmentStatus status = ReviewRules.statusToStore(translation.getStatus(), save.status());
        if (current.isPresent()
                && restoredFrom == null
                && translation.getTargetText().equals(text)
                && translation.getStatus() == status
                && (memoryScore == null || memoryScore.equals(translation.getMemoryScore()))) {
            return translation.toState();
        }
        ReviewRules.requireUnlocked(translation);
        if (memoryScore != null && !translation.getTargetText().isBlank() && translation.getMemoryScore() == null) {
            throw new IllegalStateException("Segment " + segment.getSeqNo() + " already has a "
                    + save.language().englishName() + " translation: the memory does not overwrite it.");
        }
        if (status == SegmentStatus.APPROVED) {
            ReviewRules.requireFourEyes(statement, translation, text, username);
        }
        List<Issue> problems =
                save.status() == SegmentStatus.APPROVED ? gate(segment, save.language(), text) : List.of();
        if (!problems.isEmpty() && override.justification() == null) {
            throw new ApprovalBlockedException(problems, override.mayOverride());
        }
        Instant now = clock.instant();
        translation.update(text, status, username, now, memoryScore);
        translations.saveAndFlush(translation);
        long translationId = Objects.requireNonNull(translation.getId());
        var revision = new SegmentRevision(
                translationId, revisions.lastRevisionNo(translationId) + 1, text, status, username, now, restoredFrom);
        if (!problems.isEmpty() && override.justification() != null) {
            revision.overrode(override.justification(), problems);
        }
        if (memoryScore != null) {
            revision.fromMemory(memoryScore);
        }
        revisions.save(revision);
        TranslationState state = translation.toState();
        events.publish(new TranslationSaved(
                Objects.requireNonNull(statement.getId()), save.segmentId(), save.language(), state));
        if (status == SegmentStatus.APPROVED) {
            events.publish(approved(segment, save.language(), text, username, now));
        }
        return state;
    }

    private SegmentApproved approved(Segment segment, UnLanguage language, String text, String by, Instant at) {
        Statement statement = segment.getStatement();
        long statementId = Objects.requireNonNull(statement.getId());
        var previous = segments.findByStatementIdAndSeqNo(statementId, segment.getSeqNo() - 1);
        return new SegmentApproved(
                statementId,
                Objects.requireNonNull(segment.getId()),
                previous.map(Segment::getId).orElse(null),
                statement.getSourceLanguage(),
                segment.getSourceText(),
                previous.map(Segment::getSourceText).orElse(null),
                language,
                text,
                statement.getDetails().documentSymbol(),
                by,
                at);
    }

    private List<Issue> gate(Segment segment, UnLanguage language, String text) {
        Statement statement = segment.getStatement();
        var candidate = new ApprovalCandidate(
                Objects.requireNonNull(statement.getId()),
                Objects.requireNonNull(segment.getId()),
                segment.getSeqNo(),
                statement.getSourceLanguage(),
                language,
                MarkedText.plain(segment.getSourceText()),
                MarkedText.plain(text));
        return gates.orderedStream()
                .flatMap(g -> g.blockingProblems(candidate).stream())
                .toList();
    }

    /** Every approval over blocking problems in the statement (in one language, or all when null), in order. */
    @PreAuthorize("isAuthenticated()")
    public List<ApprovalOverride> overrides(long statementId, @Nullable UnLanguage language) {
        return Objects.requireNonNull(readTx.execute(tx -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Tuple> q = cb.createTupleQuery();
            Root<SegmentRevision> r = q.from(SegmentRevision.class);
            Root<SegmentTranslation> t = q.from(SegmentTranslation.class);
            Join<SegmentTranslation, Segment> s = t.join("segment");
            List<Predicate> where = new ArrayList<>(List.of(
                    cb.equal(r.get("translationId"), t.get("id")),
                    cb.equal(s.get("statement").get("id"), statementId),
                    cb.isNotNull(r.get("overrideJustification"))));
            if (language != null) {
                where.add(cb.equal(t.get("language"), language));
            }
            q.multiselect(r, s.get("id"), s.get("seqNo"), t.get("language"))
                    .where(where.toArray(Predicate[]::new))
                    .orderBy(cb.asc(s.get("seqNo")), cb.asc(t.get("language")), cb.asc(r.get("revisionNo")));
            return em.createQuery(q).getResultList().stream()
                    .map(row -> row.get(0, SegmentRevision.class)
                            .toOverride(
                                    row.get(1, Long.class), row.get(2, Integer.class), row.get(3, UnLanguage.class)))
                    .toList();
        }));
    }

    /** What the signed-in user may do in {@code language}: a hint for the UI; saves are checked regardless. */
    @PreAuthorize("isAuthenticated()")
    public EditRights rights(UnLanguage language) {
        return users.currentUser()
                .map(u -> {
                    boolean edit = TranslationPolicy.canEdit(u, language);
                    return new EditRights(edit, edit && TranslationPolicy.canSetStatus(u, SegmentStatus.APPROVED));
                })
                .orElse(new EditRights(false, false));
    }

    /**
     * What the signed-in user may do in one segment's translation into {@code language}: nothing unless the
     * language is a target of the segment's statement and the statement is not archived, otherwise as
     * {@link #rights(UnLanguage)}. Throws {@link IllegalArgumentException} when the segment does not exist.
     */
    @PreAuthorize("isAuthenticated()")
    public EditRights rights(long segmentId, UnLanguage language) {
        boolean editable = Objects.requireNonNull(readTx.execute(s -> {
            Statement statement = segments.findById(segmentId)
                    .orElseThrow(() -> new IllegalArgumentException("This segment no longer exists."))
                    .getStatement();
            return !statement.isArchived() && statement.getTargetLanguages().contains(language);
        }));
        return editable ? rights(language) : new EditRights(false, false);
    }

    /** Matching segments with their translations into every target language (the reviewers' view). */
    @PreAuthorize("isAuthenticated()")
    public List<MultiLanguageRow> rowsInAllLanguages(
            long statementId, UnLanguage filterLanguage, SegmentQuery query, int offset, int limit) {
        List<SegmentRow> page = rows(statementId, filterLanguage, query, offset, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        return Objects.requireNonNull(readTx.execute(s -> {
            List<Long> ids = page.stream().map(SegmentRow::segmentId).toList();
            Map<Long, Map<UnLanguage, TranslationState>> byId = new java.util.HashMap<>();
            for (SegmentTranslation t : em.createQuery(
                            "select t from SegmentTranslation t where t.segment.id in :ids", SegmentTranslation.class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                byId.computeIfAbsent(t.getSegment().getId(), k -> new java.util.EnumMap<>(UnLanguage.class))
                        .put(t.getLanguage(), t.toState());
            }
            return page.stream()
                    .map(r -> new MultiLanguageRow(
                            r.segmentId(),
                            r.number(),
                            r.paragraph(),
                            r.source(),
                            byId.getOrDefault(r.segmentId(), Map.of())))
                    .toList();
        }));
    }

    /** The source text of the segment before this one in its statement; empty for the first segment. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<String> previousSource(long segmentId) {
        return Objects.requireNonNull(readTx.execute(s -> segments.findById(segmentId)
                .flatMap(segment -> segments.findByStatementIdAndSeqNo(
                        Objects.requireNonNull(segment.getStatement().getId()), segment.getSeqNo() - 1))
                .map(Segment::getSourceText)));
    }

    /**
     * The repetitions of a segment in {@code language}: the other segments of its statement with the same source
     * text (whitespace aside) whose translation is still to do there: empty, or filled by the memory and not yet
     * edited or confirmed. In document order, each with its translation's state (its version, for saving).
     */
    @PreAuthorize("isAuthenticated()")
    public List<SegmentRow> repetitions(long segmentId, UnLanguage language) {
        return Objects.requireNonNull(readTx.execute(s -> {
            Segment segment = segments.findById(segmentId)
                    .orElseThrow(() -> new IllegalArgumentException("This segment no longer exists."));
            long statementId = Objects.requireNonNull(segment.getStatement().getId());
            String source = normalizeSpace(segment.getSourceText());
            Map<Long, SegmentTranslation> byId = new java.util.HashMap<>();
            for (SegmentTranslation t : translations.findByStatementAndLanguage(statementId, language)) {
                byId.put(Objects.requireNonNull(t.getSegment().getId()), t);
            }
            List<SegmentRow> found = new ArrayList<>();
            for (Segment other : segments.findByStatementIdOrderBySeqNo(statementId)) {
                long id = Objects.requireNonNull(other.getId());
                if (id == segmentId || !normalizeSpace(other.getSourceText()).equals(source)) {
                    continue;
                }
                SegmentTranslation translation = byId.get(id);
                TranslationState state = translation == null ? TranslationState.unsaved() : translation.toState();
                boolean toDo = state.text().isBlank() || state.fromMemory();
                if (toDo && state.status() != SegmentStatus.APPROVED) {
                    found.add(new SegmentRow(
                            id, other.getSeqNo(), other.getParagraphIndex(), other.getSourceText(), state));
                }
            }
            return found;
        }));
    }

    private static String normalizeSpace(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** Every saved state of the segment in the language, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Revision> history(long segmentId, UnLanguage language) {
        return Objects.requireNonNull(readTx.execute(s -> translations
                .find(segmentId, language)
                .map(t -> revisions.findByTranslationIdOrderByRevisionNoDesc(Objects.requireNonNull(t.getId())).stream()
                        .map(SegmentRevision::toRevision)
                        .toList())
                .orElse(List.of())));
    }

    /**
     * Brings back the text of an earlier revision as a new revision with status Draft (it needs confirming
     * again; a returned segment stays Returned). Subject to the same version check, role rules and lock of
     * approved segments as any save.
     */
    @PreAuthorize("isAuthenticated()")
    public TranslationState restore(long segmentId, UnLanguage language, long revisionId, long baseVersion) {
        Revision revision = history(segmentId, language).stream()
                .filter(r -> r.id() == revisionId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That revision does not belong to this segment."));
        return save(
                new SaveTranslation(segmentId, language, revision.text(), SegmentStatus.DRAFT, baseVersion),
                revision.number(),
                null,
                null);
    }

    /**
     * Progress per target language, in segments and in source words: a segment is done when Translated,
     * Reviewed or Approved (not when Returned).
     */
    @PreAuthorize("isAuthenticated()")
    public List<LanguageProgress> progress(long statementId) {
        return Objects.requireNonNull(readTx.execute(s -> {
            Statement statement = em.find(Statement.class, statementId);
            return statement == null
                    ? List.<LanguageProgress>of()
                    : Objects.requireNonNull(progress.of(List.of(statement)).get(statementId))
                            .languages();
        }));
    }
}
