package org.statementworkbench.statement;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;

/**
 * The approved translations as they are now, for a listener of {@link SegmentApproved} that must catch up with the
 * database (the translation memory after its queue overflowed, or at start-up): their approval stamps page by page,
 * and the event of one of them rebuilt as {@link TranslationService} publishes it. Called by background tasks with
 * nobody signed in, so no role check; it reads, never changes, and no view calls it.
 */
@Service
@Transactional(readOnly = true)
public class ApprovedTranslations {

    /** One approved translation: its segment, language and when it was approved. */
    public record Approval(long translationId, long segmentId, UnLanguage language, Instant approvedAt) {}

    private final EntityManager em;
    private final SegmentTranslationRepository translations;
    private final SegmentRepository segments;

    ApprovedTranslations(EntityManager em, SegmentTranslationRepository translations, SegmentRepository segments) {
        this.em = em;
        this.translations = translations;
        this.segments = segments;
    }

    /** The approved translations after this translation id, in id order (at most {@code limit}). */
    public List<Approval> after(long translationId, int limit) {
        return em
                .createQuery("""
                        select t.id, t.segment.id, t.language, t.updatedAt from SegmentTranslation t
                        where t.status = :approved and t.id > :after order by t.id""", Object[].class)
                .setParameter("approved", SegmentStatus.APPROVED)
                .setParameter("after", translationId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .filter(row -> row[3] != null)
                .map(row -> new Approval((Long) row[0], (Long) row[1], (UnLanguage) row[2], (Instant) row[3]))
                .toList();
    }

    /** The approval of the segment's translation into {@code language} as its event, if it is approved now. */
    public Optional<SegmentApproved> approval(long segmentId, UnLanguage language) {
        return translations
                .find(segmentId, language)
                .filter(t -> t.getStatus() == SegmentStatus.APPROVED && t.getUpdatedAt() != null)
                .map(t -> {
                    Segment segment = t.getSegment();
                    Statement statement = segment.getStatement();
                    long statementId = Objects.requireNonNull(statement.getId());
                    var previous = segments.findByStatementIdAndSeqNo(statementId, segment.getSeqNo() - 1);
                    return new SegmentApproved(
                            statementId,
                            segmentId,
                            previous.map(Segment::getId).orElse(null),
                            statement.getSourceLanguage(),
                            segment.getSourceText(),
                            previous.map(Segment::getSourceText).orElse(null),
                            language,
                            t.getTargetText(),
                            statement.getDetails().documentSymbol(),
                            Objects.requireNonNullElse(t.getUpdatedBy(), ""),
                            Objects.requireNonNull(t.getUpdatedAt()));
                });
    }
}
