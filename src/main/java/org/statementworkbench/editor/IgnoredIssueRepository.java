package org.statementworkbench.editor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;

interface IgnoredIssueRepository extends JpaRepository<IgnoredIssue, Long> {

    List<IgnoredIssue> findBySegmentIdAndLanguageOrderByIgnoredAtAsc(long segmentId, UnLanguage language);

    List<IgnoredIssue> findByStatementIdAndLanguage(long statementId, UnLanguage language);

    Optional<IgnoredIssue> findFirstBySegmentIdAndLanguageAndCheckIdAndTargetTextAndSourceTextAndSubject(
            long segmentId, UnLanguage language, CheckId checkId, String targetText, String sourceText, String subject);

    /** The statement of a segment (the table is statement's; only its id is read here). */
    @Query(value = "select statement_id from segment where id = :segmentId", nativeQuery = true)
    Optional<Long> statementOf(@Param("segmentId") long segmentId);
}
