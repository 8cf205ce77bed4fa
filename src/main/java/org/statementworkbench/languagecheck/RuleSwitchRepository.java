package org.statementworkbench.languagecheck;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.statementworkbench.base.UnLanguage;

interface RuleSwitchRepository extends JpaRepository<RuleSwitch, Long> {

    List<RuleSwitch> findByLanguageAndStatementIdIsNull(UnLanguage language);

    List<RuleSwitch> findByLanguageAndStatementId(UnLanguage language, long statementId);

    List<RuleSwitch> findByStatementIdIsNullOrderByLanguageAscRuleIdAsc();

    List<RuleSwitch> findByStatementIdOrderByLanguageAscRuleIdAsc(long statementId);

    List<RuleSwitch> findByStatementIdIsNotNullOrderByStatementIdAscLanguageAscRuleIdAsc();
}
