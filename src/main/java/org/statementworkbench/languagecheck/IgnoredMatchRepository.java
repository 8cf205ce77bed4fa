package org.statementworkbench.languagecheck;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.statementworkbench.base.UnLanguage;

interface IgnoredMatchRepository extends JpaRepository<IgnoredMatch, Long> {

    List<IgnoredMatch> findBySegmentIdAndLanguage(long segmentId, UnLanguage language);

    List<IgnoredMatch> findBySegmentIdIn(Collection<Long> segmentIds);

    boolean existsBySegmentIdAndLanguageAndRuleIdAndCoveredText(
            long segmentId, UnLanguage language, String ruleId, String coveredText);

    long deleteBySegmentIdAndLanguage(long segmentId, UnLanguage language);
}
