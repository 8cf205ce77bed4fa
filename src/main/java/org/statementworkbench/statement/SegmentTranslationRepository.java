package org.statementworkbench.statement;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.statementworkbench.base.UnLanguage;

interface SegmentTranslationRepository extends JpaRepository<SegmentTranslation, Long> {

    /** Rows of (statement id, language, status, segments, source words). */
    @Query("""
            select s.statement.id, t.language, t.status, count(t), coalesce(sum(s.wordCount), 0)
            from SegmentTranslation t join t.segment s
            where s.statement.id in :ids
            group by s.statement.id, t.language, t.status""")
    List<Object[]> countByStatus(List<Long> ids);

    @Query(
            "select t from SegmentTranslation t join fetch t.segment s where s.statement.id = :statementId and t.language = :language order by s.seqNo")
    List<SegmentTranslation> findByStatementAndLanguage(long statementId, UnLanguage language);

    /** The row locked for this transaction: reads the latest committed state, whatever was read before. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SegmentTranslation t where t.segment.id = :segmentId and t.language = :language")
    Optional<SegmentTranslation> findForUpdate(long segmentId, UnLanguage language);

    @Query("select t from SegmentTranslation t where t.segment.id = :segmentId and t.language = :language")
    Optional<SegmentTranslation> find(long segmentId, UnLanguage language);
}
