package org.statementworkbench.glossary.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.GlossaryQuery;
import org.statementworkbench.glossary.InflectedTermSearch;
import org.statementworkbench.glossary.SearchFolding;
import org.statementworkbench.glossary.TermLanguage;

/**
 * The queries behind the glossary search ({@link GlossaryQuery}): a term matches when its folded text has a word
 * starting with the folded search text (or equal to it, for whole words; anywhere, for Chinese), or when an
 * {@link InflectedTermSearch} finds every word of the search in it in an inflected or clitic form. The filters
 * apply to the matching term as before. Callers run inside their (read-only) transaction and check rights.
 */
@Component
public class ConceptSearch {

    private final EntityManager em;
    private final ObjectProvider<InflectedTermSearch> inflected;

    public ConceptSearch(EntityManager em, ObjectProvider<InflectedTermSearch> inflected) {
        this.em = em;
        this.inflected = inflected;
    }

    /** What one query selects: its folded text and the terms found in inflected forms. */
    private record Selection(GlossaryQuery query, String folded, Set<Long> inflectedTerms) {}

    public int count(GlossaryQuery query) {
        Selection s = select(query);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Concept> c = q.from(Concept.class);
        Join<Concept, Term> t = c.join("terms");
        q.select(cb.countDistinct(c.get("id"))).where(where(cb, c, t, s));
        return em.createQuery(q).getSingleResult().intValue();
    }

    /** One page of concept ids: exact matches first, then terms starting with the text, then the rest. */
    public List<Long> page(GlossaryQuery query, int offset, int limit) {
        Selection s = select(query);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Concept> c = q.from(Concept.class);
        Join<Concept, Term> t = c.join("terms");
        Expression<String> folded = t.get("foldedText");
        Expression<Integer> rank = cb.min(cb.<Integer>selectCase()
                .when(cb.equal(folded, " " + s.folded() + " "), 0)
                .when(cb.like(folded, " " + escaped(s.folded()) + "%", ESCAPE), 1)
                .otherwise(2));
        q.multiselect(c.get("id"), rank)
                .where(where(cb, c, t, s))
                .groupBy(c.get("id"))
                .orderBy(cb.asc(rank), cb.asc(c.get("id")));
        return em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> r.get(0, Long.class))
                .toList();
    }

    /** Every concept id the query selects, in id order. */
    public List<Long> all(GlossaryQuery query) {
        Selection s = select(query);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Concept> c = q.from(Concept.class);
        Join<Concept, Term> t = c.join("terms");
        q.select(c.get("id")).distinct(true).where(where(cb, c, t, s)).orderBy(cb.asc(c.get("id")));
        return em.createQuery(q).getResultList();
    }

    private Selection select(GlossaryQuery query) {
        String folded = SearchFolding.fold(query.text());
        Set<Long> terms = Set.of();
        InflectedTermSearch search = inflected.getIfAvailable();
        if (search != null && !folded.isEmpty() && !hasCjk(folded)) {
            String tag = query.language();
            Optional<UnLanguage> language = tag == null ? Optional.empty() : unLanguage(tag);
            if (tag == null || language.isPresent()) { // the terms of other languages are not indexed
                terms = search.termIds(query.text(), language.orElse(null), query.wholeWord());
            }
        }
        return new Selection(query, folded, terms);
    }

    /** The UN language of a search's language filter (a tag that is not one is refused, as in the filter). */
    private static Optional<UnLanguage> unLanguage(String tag) {
        return TermLanguage.unLanguageOf(Term.languageTag(tag));
    }

    /** The conditions of the query on a concept and one of its terms. */
    private static Predicate[] where(CriteriaBuilder cb, Root<Concept> c, Join<Concept, Term> t, Selection s) {
        GlossaryQuery query = s.query();
        List<Predicate> where = new ArrayList<>();
        if (!query.includeRetired()) {
            where.add(cb.isNull(c.get("retiredAt")));
        }
        if (!s.folded().isEmpty()) {
            Predicate like = cb.like(t.get("foldedText"), pattern(s), ESCAPE);
            where.add(
                    s.inflectedTerms().isEmpty()
                            ? like
                            : cb.or(like, t.get("id").in(s.inflectedTerms())));
        }
        if (query.language() != null) {
            where.add(cb.equal(t.get("language"), Term.languageTag(query.language())));
        }
        if (query.status() != null) {
            where.add(cb.equal(t.get("status"), query.status()));
        }
        if (query.approval() != null) {
            where.add(cb.equal(t.get("approval"), query.approval()));
        }
        String subject = query.subjectField();
        if (subject != null) {
            where.add(cb.isMember(subject, c.<Set<String>>get("subjectFields")));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The LIKE pattern: anywhere for Chinese, else a word starting with (or, for whole words, equal to) the text. */
    private static String pattern(Selection s) {
        String folded = escaped(s.folded());
        if (hasCjk(s.folded())) {
            return "%" + folded + "%";
        }
        return s.query().wholeWord() ? "% " + folded + " %" : "% " + folded + "%";
    }

    /** True when the text holds Han, Kana or Hangul characters: such terms are searched as substrings. */
    private static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN
                    || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA
                    || s == Character.UnicodeScript.HANGUL;
        });
    }

    private static final char ESCAPE = '\\';

    /** The text with LIKE's wildcards and the escape character taken literally. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
