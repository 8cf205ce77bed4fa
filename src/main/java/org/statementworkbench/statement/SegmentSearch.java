package org.statementworkbench.statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * The editor's segment search ({@link SegmentQuery}) as Criteria queries: the segments of a statement, each
 * joined to its translation into one language when there is one (left join), filtered by status (New also
 * matches segments without a translation) and by text in the source or the target, ignoring case, with
 * {@code %}, {@code _} and {@code !} taken literally. Callers bring the transaction.
 */
final class SegmentSearch {

    private static final char ESCAPE = '!';

    private final EntityManager em;
    private final long statementId;
    private final UnLanguage language;
    private final SegmentQuery query;

    SegmentSearch(EntityManager em, long statementId, UnLanguage language, SegmentQuery query) {
        this.em = em;
        this.statementId = statementId;
        this.language = language;
        this.query = query;
    }

    /** How many segments match; with {@code before}, only those numbered lower. */
    int count(@Nullable Integer before) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Segment> s = q.from(Segment.class);
        List<Predicate> where = matching(cb, s, translationOf(cb, s));
        if (before != null) {
            where.add(cb.lt(s.get("seqNo"), before));
        }
        q.select(cb.count(s)).where(where.toArray(Predicate[]::new));
        return em.createQuery(q).getSingleResult().intValue();
    }

    /** One page of matching segments in document order, each with its translation or null. */
    List<Tuple> page(int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Segment> s = q.from(Segment.class);
        Join<Segment, SegmentTranslation> t = translationOf(cb, s);
        q.multiselect(s, t).where(matching(cb, s, t).toArray(Predicate[]::new)).orderBy(cb.asc(s.get("seqNo")));
        return em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private Join<Segment, SegmentTranslation> translationOf(CriteriaBuilder cb, Root<Segment> s) {
        Join<Segment, SegmentTranslation> t = s.join(SegmentTranslation.class, JoinType.LEFT);
        t.on(cb.equal(t.get("segment"), s), cb.equal(t.get("language"), language));
        return t;
    }

    private List<Predicate> matching(CriteriaBuilder cb, Root<Segment> s, Join<Segment, SegmentTranslation> t) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(s.get("statement").get("id"), statementId));
        if (!query.statuses().isEmpty()) {
            Predicate stored = t.get("status").in(query.statuses());
            where.add(query.statuses().contains(SegmentStatus.NEW) ? cb.or(stored, cb.isNull(t.get("id"))) : stored);
        }
        if (!query.search().isEmpty()) {
            String pattern = "%"
                    + query.search()
                            .toLowerCase(Locale.ROOT)
                            .replace("!", "!!")
                            .replace("%", "!%")
                            .replace("_", "!_") + "%";
            where.add(cb.or(
                    cb.like(cb.lower(s.get("sourceText")), pattern, ESCAPE),
                    cb.like(cb.lower(t.get("targetText")), pattern, ESCAPE)));
        }
        return where;
    }
}
