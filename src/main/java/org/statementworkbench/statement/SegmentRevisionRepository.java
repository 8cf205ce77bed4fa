package org.statementworkbench.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SegmentRevisionRepository extends JpaRepository<SegmentRevision, Long> {

    List<SegmentRevision> findByTranslationIdOrderByRevisionNoDesc(long translationId);

    @Query("select coalesce(max(r.revisionNo), 0) from SegmentRevision r where r.translationId = :translationId")
    int lastRevisionNo(long translationId);
}
