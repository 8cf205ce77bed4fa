package org.statementworkbench.languagecheck;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementSummary;

/**
 * Which LanguageTool matches a check reports beyond the UN style profile: rules switched off for a language in
 * every statement (administrators) or in one statement (reviewers and administrators). Roles are enforced here, not
 * only in the views. A single match is ignored like any other issue, with a reason, through the editor's
 * {@code IssueIgnoreService}.
 */
@Service
@Transactional
public class LanguageRuleService {

    private static final Logger log = LoggerFactory.getLogger(LanguageRuleService.class);
    /** LanguageTool rule ids: letters, digits, underscores (a few have dots or dashes). */
    static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9_.\\-]{1," + RuleSwitch.RULE_ID_MAX_LENGTH + "}");

    private final RuleSwitchRepository switches;
    private final StatementService statements;
    private final DomainEvents events;

    LanguageRuleService(RuleSwitchRepository switches, StatementService statements, DomainEvents events) {
        this.switches = switches;
        this.statements = statements;
        this.events = events;
    }

    /** The rules switched off for a check of this statement's text in this language: global plus statement. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RuleSettings settingsFor(long statementId, UnLanguage language) {
        Set<String> off = new HashSet<>();
        switches.findByLanguageAndStatementIdIsNull(language).forEach(s -> off.add(s.getRuleId()));
        switches.findByLanguageAndStatementId(language, statementId).forEach(s -> off.add(s.getRuleId()));
        return new RuleSettings(off);
    }

    /** Switches a rule off in one language of one statement; nothing happens if it is off there already. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public SwitchedOffRule switchOffForStatement(
            long statementId, UnLanguage language, String ruleId, String ruleDescription) {
        requireTarget(statementId, language);
        String rule = checkedRuleId(ruleId);
        List<RuleSwitch> existing = ofRule(switches.findByLanguageAndStatementId(language, statementId), rule);
        if (!existing.isEmpty()) {
            return existing.getFirst().toRecord();
        }
        RuleSwitch saved = switches.save(
                new RuleSwitch(language, rule, ruleDescription, statementId, null, currentUser(), Instant.now()));
        log.info(
                "{} switched LanguageTool rule {} off for {} in statement {}",
                currentUser(),
                rule,
                language.code(),
                statementId);
        events.publish(new LanguageRulesChanged(statementId, language));
        return saved.toRecord();
    }

    /** Switches a rule back on in one language of one statement (it may still be off globally). */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public void switchOnForStatement(long statementId, UnLanguage language, String ruleId) {
        List<RuleSwitch> found = ofRule(switches.findByLanguageAndStatementId(language, statementId), ruleId);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("Rule " + ruleId + " is not switched off in this statement.");
        }
        switches.deleteAll(found);
        log.info(
                "{} switched LanguageTool rule {} back on for {} in statement {}",
                currentUser(),
                ruleId,
                language.code(),
                statementId);
        events.publish(new LanguageRulesChanged(statementId, language));
    }

    /** Switches a rule off for one language in every statement; nothing happens if it is off already. */
    @PreAuthorize("hasRole('ADMIN')")
    public SwitchedOffRule switchOffGlobally(
            UnLanguage language, String ruleId, String ruleDescription, @Nullable String reason) {
        String rule = checkedRuleId(ruleId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > RuleSwitch.REASON_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "The reason may have at most " + RuleSwitch.REASON_MAX_LENGTH + " characters.");
        }
        List<RuleSwitch> existing = ofRule(switches.findByLanguageAndStatementIdIsNull(language), rule);
        if (!existing.isEmpty()) {
            return existing.getFirst().toRecord();
        }
        RuleSwitch saved = switches.save(new RuleSwitch(
                language,
                rule,
                ruleDescription.isBlank() ? rule : ruleDescription.strip(),
                null,
                why,
                currentUser(),
                Instant.now()));
        log.info("{} switched LanguageTool rule {} off for all {} texts", currentUser(), rule, language.code());
        events.publish(new LanguageRulesChanged(null, language));
        return saved.toRecord();
    }

    /** Switches a rule back on for one language in every statement (statement switches stay). */
    @PreAuthorize("hasRole('ADMIN')")
    public void switchOnGlobally(UnLanguage language, String ruleId) {
        List<RuleSwitch> found = ofRule(switches.findByLanguageAndStatementIdIsNull(language), ruleId);
        if (found.isEmpty()) {
            throw new IllegalArgumentException(
                    "Rule " + ruleId + " is not switched off for " + language.englishName() + ".");
        }
        switches.deleteAll(found);
        log.info("{} switched LanguageTool rule {} back on for all {} texts", currentUser(), ruleId, language.code());
        events.publish(new LanguageRulesChanged(null, language));
    }

    /** The rules switched off in every statement, by language and rule id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SwitchedOffRule> globalSwitches() {
        return records(switches.findByStatementIdIsNullOrderByLanguageAscRuleIdAsc());
    }

    /** The rules switched off in one statement, by language and rule id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SwitchedOffRule> statementSwitches(long statementId) {
        return records(switches.findByStatementIdOrderByLanguageAscRuleIdAsc(statementId));
    }

    /** The rules switched off in single statements, for the administrators' overview. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SwitchedOffRule> allStatementSwitches() {
        return records(switches.findByStatementIdIsNotNullOrderByStatementIdAscLanguageAscRuleIdAsc());
    }

    /** Those of the switches found that switch this rule. */
    private static List<RuleSwitch> ofRule(List<RuleSwitch> found, String ruleId) {
        return found.stream().filter(s -> s.getRuleId().equals(ruleId)).toList();
    }

    private static List<SwitchedOffRule> records(List<RuleSwitch> found) {
        return found.stream().map(RuleSwitch::toRecord).toList();
    }

    private void requireTarget(long statementId, UnLanguage language) {
        StatementSummary statement =
                statements.find(statementId).orElseThrow(() -> new IllegalArgumentException("No such statement."));
        if (!statement.targetLanguages().contains(language)) {
            throw new IllegalArgumentException(
                    language.englishName() + " is not a target language of “" + statement.title() + "”.");
        }
    }

    private static String checkedRuleId(String ruleId) {
        String rule = ruleId.strip();
        if (!RULE_ID.matcher(rule).matches()) {
            throw new IllegalArgumentException("Not a LanguageTool rule id: “" + ruleId + "” (letters, digits and "
                    + "underscores, e.g. MORFOLOGIK_RULE_EN_GB).");
        }
        return rule;
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
