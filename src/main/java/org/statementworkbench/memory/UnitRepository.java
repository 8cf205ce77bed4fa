package org.statementworkbench.memory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<TranslationUnit, Long> {

    Optional<TranslationUnit> findByMemoryIdAndSegmentId(long memoryId, long segmentId);

    /** The units of these segments in the memory, with their texts. */
    @EntityGraph(attributePaths = "texts")
    List<TranslationUnit> findByMemoryIdAndSegmentIdIn(long memoryId, Collection<Long> segmentIds);

    /** The units of these segments, in any memory. */
    List<TranslationUnit> findBySegmentIdIn(Collection<Long> segmentIds);

    @Query("select distinct u from TranslationUnit u join fetch u.memory left join fetch u.texts where u.id in :ids")
    List<TranslationUnit> findWithTextsByIdIn(Collection<Long> ids);

    /** Counts the next memory-wide revision (the row stays locked until the transaction ends). */
    @Modifying
    @Query(value = "update tm_state set revision = revision + 1 where id = 1", nativeQuery = true)
    int countRevision();

    @Query(value = "select revision from tm_state where id = 1", nativeQuery = true)
    long revision();

    /** The next revision, for a change in the current transaction. */
    default long nextRevision() {
        countRevision();
        return revision();
    }
}
