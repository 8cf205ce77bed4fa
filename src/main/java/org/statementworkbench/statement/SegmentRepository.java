package org.statementworkbench.statement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SegmentRepository extends JpaRepository<Segment, Long> {

    List<Segment> findByStatementIdOrderBySeqNo(long statementId);

    java.util.Optional<Segment> findByStatementIdAndSeqNo(long statementId, int seqNo);

    /** These segments with their statements, in one query. */
    @Query("select s from Segment s join fetch s.statement where s.id in :ids")
    List<Segment> findWithStatementByIdIn(Collection<Long> ids);

    /** Rows of (statement id, segments, source words). */
    @Query("""
            select s.statement.id, count(s), coalesce(sum(s.wordCount), 0)
            from Segment s
            where s.statement.id in :ids
            group by s.statement.id""")
    List<Object[]> countSegments(List<Long> ids);
}
