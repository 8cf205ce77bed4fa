package org.statementworkbench.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.statementworkbench.base.UnLanguage;

interface SegmentTranslationRepository extends JpaRepository<SegmentTranslation, Long> {

    /** Rows of (statement id, language, status, count). */
    @Query("""
            select s.statement.id, t.language, t.status, count(t)
            from SegmentTranslation t join t.segment s
            where s.statement.id in :ids
            group by s.statement.id, t.language, t.status""")
    List<Object[]> countByStatus(List<Long> ids);

    @Query("select t from SegmentTranslation t join fetch t.segment s where s.statement.id = :statementId and t.language = :language order by s.seqNo")
    List<SegmentTranslation> findByStatementAndLanguage(long statementId, UnLanguage language);
}
