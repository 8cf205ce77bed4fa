package org.statementworkbench.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;

/**
 * Splitting a source segment in two and merging a segment with the next one of its paragraph. Structure changes
 * of one statement are serialised by locking the statement row. Translations move along: on a split they stay
 * with the first part; on a merge the two translations are joined and the second one's revisions are kept under
 * the merged segment. A done translation whose source changed goes back to Draft, as a new revision. Since that
 * changes every target language, {@link StructureChangePolicy} decides who may do it and when Reviewed or Approved
 * work needs a reviewer's confirmation. What other modules keep per segment and must not lose with the merged-away
 * segment (comment threads) they move themselves, as {@link SegmentMergeParticipant}s, before it is deleted.
 */
@Service
public class SegmentStructureService {

    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final SegmentTranslationRepository translations;
    private final SegmentRevisionRepository revisions;
    private final DomainEvents events;
    private final UserService users;
    private final List<SegmentMergeParticipant> participants;
    private final Clock clock = Clock.systemUTC();

    SegmentStructureService(
            EntityManager em,
            JdbcTemplate jdbc,
            SegmentTranslationRepository translations,
            SegmentRevisionRepository revisions,
            DomainEvents events,
            UserService users,
            List<SegmentMergeParticipant> participants) {
        this.participants = List.copyOf(participants);
        this.events = events;
        this.users = users;
        this.em = em;
        this.jdbc = jdbc;
        this.translations = translations;
        this.revisions = revisions;
    }

    /** What the signed-in user may do with the segment's structure, for the UI (the changes check regardless). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StructureRights rights(long segmentId) {
        Optional<UserAccount> user = users.currentUser().filter(StructureChangePolicy::mayRestructure);
        Segment segment = em.find(Segment.class, segmentId);
        String refusal = user.isEmpty()
                ? "Only translators, reviewers and administrators split and merge segments."
                : segment == null
                        ? "This segment no longer exists."
                        : segment.getStatement().isArchived() ? "This statement is archived." : null;
        if (refusal != null || segment == null || user.isEmpty()) {
            return new StructureRights(refusal, refusal);
        }
        String split = StructureChangePolicy.refusal(user.get(), affected(List.of(segment)), splitting(segment));
        Optional<Segment> next = next(segment).filter(n -> n.getParagraphIndex() == segment.getParagraphIndex());
        String merge = next.isEmpty()
                ? "Segment " + segment.getSeqNo() + " is the last of its paragraph: there is "
                        + "nothing to merge it with."
                : StructureChangePolicy.refusal(user.get(), affected(List.of(segment, next.get())), merging(segment));
        return new StructureRights(split, merge);
    }

    /** {@link #split(long, String, boolean)} without confirming: refused when it would reset signed-off work. */
    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER', 'ADMIN')")
    @Transactional
    public void split(long segmentId, String sourceWithLineBreak) {
        split(segmentId, sourceWithLineBreak, false);
    }

    /**
     * Splits the segment where {@code expectedSource} has a line break; {@code expectedSource} without that line
     * break must be the segment's current source (otherwise someone changed it meanwhile and nothing happens).
     *
     * @param confirmed the user confirmed that Reviewed and Approved translations of the segment go back to Draft
     * @throws AccessDeniedException when the user may not change every language the split changes
     * @throws StructureChangeNeedsConfirmation when it resets signed-off work and {@code confirmed} is false
     */
    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER', 'ADMIN')")
    @Transactional
    public void split(long segmentId, String sourceWithLineBreak, boolean confirmed) {
        UserAccount user = currentUser();
        Segment segment = lockedSegment(segmentId);
        int at = sourceWithLineBreak.indexOf('\n');
        if (at < 0 || sourceWithLineBreak.indexOf('\n', at + 1) >= 0) {
            throw new IllegalArgumentException("Put exactly one line break where the segment should be split.");
        }
        String text = sourceWithLineBreak.substring(0, at) + sourceWithLineBreak.substring(at + 1);
        if (!text.equals(segment.getSourceText())) {
            throw new IllegalStateException("The segment was changed meanwhile; nothing was split. Try again.");
        }
        MarkerSplit parts = MarkerSplit.at(text, at);
        if (parts.first().isBlank() || parts.second().isBlank()) {
            throw new IllegalArgumentException("Both parts of a split need text.");
        }
        StructureChangePolicy.require(user, affected(List.of(segment)), splitting(segment), confirmed);
        long statementId = Objects.requireNonNull(segment.getStatement().getId());
        shiftFrom(statementId, segment.getSeqNo() + 1, 1);
        segment = em.find(Segment.class, segmentId);
        segment.setSourceText(parts.first());
        em.persist(new Segment(
                segment.getStatement(), segment.getSeqNo() + 1, segment.getParagraphIndex(), parts.second()));
        for (SegmentTranslation t : translationsOf(segmentId)) {
            backToDraft(t, user);
        }
        em.flush();
        events.publish(new StatementStructureChanged(statementId));
    }

    /** {@link #mergeWithNext(long, boolean)} without confirming: refused when it would reset signed-off work. */
    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER', 'ADMIN')")
    @Transactional
    public void mergeWithNext(long segmentId) {
        mergeWithNext(segmentId, false);
    }

    /**
     * Merges the segment with the next one, which must be in the same paragraph.
     *
     * @param confirmed the user confirmed that Reviewed and Approved translations of both go back to Draft
     * @throws AccessDeniedException when the user may not change every language the merge changes
     * @throws StructureChangeNeedsConfirmation when it resets signed-off work and {@code confirmed} is false
     */
    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER', 'ADMIN')")
    @Transactional
    public void mergeWithNext(long segmentId, boolean confirmed) {
        UserAccount user = currentUser();
        Segment first = lockedSegment(segmentId);
        long statementId = Objects.requireNonNull(first.getStatement().getId());
        Segment second = next(first)
                .orElseThrow(
                        () -> new IllegalArgumentException("This is the last segment; there is nothing to merge."));
        if (second.getParagraphIndex() != first.getParagraphIndex()) {
            throw new IllegalArgumentException("Only segments of the same paragraph can be merged.");
        }
        StructureChangePolicy.require(user, affected(List.of(first, second)), merging(first), confirmed);
        String username = user.username();
        UnLanguage source = first.getStatement().getSourceLanguage();
        first.setSourceText(join(first.getSourceText(), second.getSourceText(), source));
        long secondId = Objects.requireNonNull(second.getId());
        for (SegmentTranslation other : translationsOf(secondId)) {
            var mine = translations.find(segmentId, other.getLanguage());
            if (mine.isEmpty()) {
                jdbc.update("update segment_translation set segment_id = ? where id = ?", segmentId, other.getId());
                em.detach(other);
                continue;
            }
            SegmentTranslation kept = mine.get();
            long keptId = Objects.requireNonNull(kept.getId());
            int offset = revisions.lastRevisionNo(keptId);
            jdbc.update(
                    "update segment_revision set translation_id = ?, revision_no = revision_no + ? "
                            + "where translation_id = ?",
                    keptId,
                    offset + 1000,
                    other.getId());
            jdbc.update(
                    "update segment_revision set revision_no = revision_no - 1000 where translation_id = ? "
                            + "and revision_no > ?",
                    keptId,
                    offset + 1000);
            String merged = join(kept.getTargetText(), other.getTargetText(), other.getLanguage());
            kept.update(merged, merged.isBlank() ? SegmentStatus.NEW : SegmentStatus.DRAFT, username, clock.instant());
            translations.delete(other);
            translations.flush();
            revisions.save(new SegmentRevision(
                    keptId,
                    revisions.lastRevisionNo(keptId) + 1,
                    merged,
                    kept.getStatus(),
                    username,
                    clock.instant(),
                    null));
        }
        for (SegmentTranslation t : translationsOf(segmentId)) {
            backToDraft(t, user);
        }
        em.flush();
        var merge = new SegmentMerge(
                statementId, segmentId, first.getSeqNo(), secondId, second.getSeqNo(), username, clock.instant());
        participants.forEach(p -> p.merging(merge));
        em.flush();
        em.remove(em.find(Segment.class, secondId));
        em.flush();
        shiftFrom(statementId, first.getSeqNo() + 2, -1);
        events.publish(new StatementStructureChanged(statementId));
    }

    private UserAccount currentUser() {
        return users.currentUser()
                .filter(StructureChangePolicy::mayRestructure)
                .orElseThrow(() -> new AccessDeniedException(
                        "Only translators, reviewers and administrators split " + "and merge segments."));
    }

    private Optional<Segment> next(Segment segment) {
        return em.createQuery("select s from Segment s where s.statement.id = :id and s.seqNo = :n", Segment.class)
                .setParameter("id", segment.getStatement().getId())
                .setParameter("n", segment.getSeqNo() + 1)
                .getResultStream()
                .findFirst();
    }

    /** The translations with text of the segments, as the policy sees them. */
    private List<StructureChangePolicy.Affected> affected(List<Segment> segments) {
        return em.createQuery(
                        "select t from SegmentTranslation t where t.segment in :segments "
                                + "order by t.segment.seqNo, t.language",
                        SegmentTranslation.class)
                .setParameter("segments", segments)
                .getResultStream()
                .filter(t -> !t.getTargetText().isBlank())
                .map(t -> new StructureChangePolicy.Affected(
                        t.getSegment().getSeqNo(), t.getLanguage(), t.getStatus(), t.getUpdatedBy()))
                .toList();
    }

    private static String splitting(Segment segment) {
        return "Splitting segment " + segment.getSeqNo();
    }

    private static String merging(Segment first) {
        return "Merging segments " + first.getSeqNo() + " and " + (first.getSeqNo() + 1);
    }

    private Segment lockedSegment(long segmentId) {
        Segment segment = em.find(Segment.class, segmentId);
        if (segment == null) {
            throw new IllegalArgumentException("This segment no longer exists.");
        }
        Statement statement = em.find(Statement.class, segment.getStatement().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (statement.isArchived()) {
            throw new IllegalStateException("This statement is archived; an administrator must restore it first.");
        }
        em.refresh(segment);
        return segment;
    }

    private List<SegmentTranslation> translationsOf(long segmentId) {
        return em.createQuery("select t from SegmentTranslation t where t.segment.id = :id", SegmentTranslation.class)
                .setParameter("id", segmentId)
                .getResultList();
    }

    /** Moves the segments numbered {@code from} and later by {@code delta}, in two steps to respect uniqueness. */
    private void shiftFrom(long statementId, int from, int delta) {
        em.flush();
        jdbc.update(
                "update segment set seq_no = -(seq_no + ?) where statement_id = ? and seq_no >= ?",
                delta,
                statementId,
                from);
        jdbc.update("update segment set seq_no = -seq_no where statement_id = ? and seq_no < 0", statementId);
        em.clear();
    }

    private void backToDraft(SegmentTranslation t, UserAccount user) {
        if (!t.getStatus().isDone()) {
            return;
        }
        Instant now = clock.instant();
        t.update(t.getTargetText(), SegmentStatus.DRAFT, user.username(), now);
        translations.saveAndFlush(t);
        long id = Objects.requireNonNull(t.getId());
        revisions.save(new SegmentRevision(
                id,
                revisions.lastRevisionNo(id) + 1,
                t.getTargetText(),
                SegmentStatus.DRAFT,
                user.username(),
                now,
                null));
    }

    /** Joins two sentences: with a space, except in Chinese, which has none between sentences. */
    static String join(String a, String b, UnLanguage language) {
        if (a.isBlank()) {
            return b;
        }
        if (b.isBlank()) {
            return a;
        }
        return language == UnLanguage.ZH ? a + b : a + " " + b;
    }
}
