package org.statementworkbench.glossary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The queries behind the glossary search ({@link GlossaryQuery}): a term matches when its folded text has a word
 * starting with the folded search text (or equal to it, for whole words; anywhere, for Chinese), or when an
 * {@link InflectedTermSearch} finds every word of the search in it in an inflected or clitic form. The filters
 * apply to the matching term as before. Callers run inside their (read-only) transaction and check rights.
 */
@Component
class ConceptSearch {

    private final EntityManager em;
    private final ObjectProvider<InflectedTermSearch> inflected;

    ConceptSearch(EntityManager em, ObjectProvider<InflectedTermSearch> inflected) {
        this.em = em;
        this.inflected = inflected;
    }

    /** What one query selects: its folded text and the terms found in inflected forms. */
    private record Selection(GlossaryQuery query, String folded, Set<Long> inflectedTerms) {}

    int count(GlossaryQuery query) {
        Selection s = select(query);
        var q = em.createQuery("select count(distinct c.id) " + from(s), Long.class);
        bind(q, s);
        return q.getSingleResult().intValue();
    }

    /** One page of concept ids: exact matches first, then terms starting with the text, then the rest. */
    List<Long> page(GlossaryQuery query, int offset, int limit) {
        Selection s = select(query);
        var q = em.createQuery(
                "select c.id, min(case when t.foldedText = :exact then 0 when t.foldedText like "
                        + ":start then 1 else 2 end) " + from(s) + " group by c.id order by 2, c.id",
                Object[].class);
        bind(q, s);
        q.setParameter("exact", " " + s.folded() + " ");
        q.setParameter("start", " " + s.folded() + "%");
        q.setFirstResult(offset);
        q.setMaxResults(limit);
        return q.getResultList().stream().map(r -> (Long) r[0]).toList();
    }

    /** Every concept id the query selects, in id order. */
    List<Long> all(GlossaryQuery query) {
        Selection s = select(query);
        var q = em.createQuery("select distinct c.id " + from(s) + " order by c.id", Long.class);
        bind(q, s);
        return q.getResultList();
    }

    private Selection select(GlossaryQuery query) {
        String folded = SearchFolding.fold(query.text());
        Set<Long> terms = Set.of();
        InflectedTermSearch search = inflected.getIfAvailable();
        if (search != null && !folded.isEmpty() && !SearchFolding.hasCjk(folded)) {
            terms = search.termIds(
                    query.text(),
                    query.language() == null ? null : Term.languageTag(query.language()),
                    query.wholeWord());
        }
        return new Selection(query, folded, terms);
    }

    private static String from(Selection s) {
        GlossaryQuery query = s.query();
        StringBuilder b = new StringBuilder("from Concept c join c.terms t where 1 = 1");
        if (!query.includeRetired()) {
            b.append(" and c.retiredAt is null");
        }
        if (!s.folded().isEmpty()) {
            b.append(
                    s.inflectedTerms().isEmpty()
                            ? " and t.foldedText like :pattern"
                            : " and (t.foldedText like :pattern or t.id in :inflected)");
        }
        if (query.language() != null) {
            b.append(" and t.language = :language");
        }
        if (query.status() != null) {
            b.append(" and t.status = :status");
        }
        if (query.approval() != null) {
            b.append(" and t.approval = :approval");
        }
        if (query.subjectField() != null) {
            b.append(" and :subject member of c.subjectFields");
        }
        return b.toString();
    }

    private static void bind(TypedQuery<?> q, Selection s) {
        GlossaryQuery query = s.query();
        String folded = s.folded();
        if (!folded.isEmpty()) {
            String pattern;
            if (SearchFolding.hasCjk(folded)) {
                pattern = "%" + folded + "%";
            } else if (query.wholeWord()) {
                pattern = "% " + folded + " %";
            } else {
                pattern = "% " + folded + "%";
            }
            q.setParameter("pattern", pattern);
            if (!s.inflectedTerms().isEmpty()) {
                q.setParameter("inflected", s.inflectedTerms());
            }
        }
        if (query.language() != null) {
            q.setParameter("language", Term.languageTag(query.language()));
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.approval() != null) {
            q.setParameter("approval", query.approval());
        }
        if (query.subjectField() != null) {
            q.setParameter("subject", query.subjectField());
        }
    }
}
