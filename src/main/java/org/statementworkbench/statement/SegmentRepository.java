package org.statementworkbench.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SegmentRepository extends JpaRepository<Segment, Long> {

    List<Segment> findByStatementIdOrderBySeqNo(long statementId);

    /** Rows of (statement id, segments, source words). */
    @Query("""
            select s.statement.id, count(s), coalesce(sum(s.wordCount), 0)
            from Segment s
            where s.statement.id in :ids
            group by s.statement.id""")
    List<Object[]> countSegments(List<Long> ids);
}
