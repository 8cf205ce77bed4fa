package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStructureService;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.TranslationService;

/**
 * Rule switches and ignored matches against MariaDB (the V7 tables): who may switch a rule off where, which rules a
 * check of a statement leaves out, and that an ignored match is remembered per segment translation and words.
 */
@SpringBootTest
class LanguageRuleServiceTest {

    private static final AtomicInteger counter = new AtomicInteger();
    private static final String RULE = "FR_SPELLING_RULE";

    @Autowired
    LanguageRuleService rules;

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    @Autowired
    SegmentStructureService structure;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementService statementService;

    long statementId;
    long otherStatementId;
    List<SegmentRow> segments = List.of();
    String translator = "";
    String reviewer = "";
    String admin = "";

    @BeforeEach
    void statementsAndPeople() {
        translator = data.translator(TestData.unique("lt-rules-fr"), "Claire Dubois", UnLanguage.FR);
        reviewer = data.reviewer(TestData.unique("lt-rules-rev"), "Rui Costa", UnLanguage.FR);
        admin = data.admin(TestData.unique("lt-rules-admin"), "Amina El-Sayed");
        statementId = statement(TestData.unique("Statement by Thailand"));
        otherStatementId = statement(TestData.unique("Statement by Chile"));
        TestSignIn.as(admin, Role.ADMIN);
        segments = data.rows(statementId, UnLanguage.FR);
    }

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    private long statement(String title) {
        return data.statement(title)
                .body("Commission on Crime Prevention and Criminal Justice")
                .by("Thailand")
                .into(UnLanguage.FR, UnLanguage.AR)
                .paragraphs("Thailand pledges its commitment to tackle cybercrime. We call on all Member States to "
                        + "cooperate.")
                .create();
    }

    @Test
    void aReviewerSwitchesARuleOffForOneStatementAndLanguageAndBackOn() {
        TestSignIn.as(reviewer, Role.REVIEWER);
        SwitchedOffRule off =
                rules.switchOffForStatement(statementId, UnLanguage.FR, RULE, "Possible spelling mistake");

        assertThat(off.switchedBy()).isEqualTo(reviewer);
        assertThat(off.statementId()).isEqualTo(statementId);
        assertThat(off.global()).isFalse();
        assertThat(disabledRules(statementId, UnLanguage.FR)).containsExactly(RULE);
        // only there: not in Arabic, not in another statement
        assertThat(disabledRules(statementId, UnLanguage.AR)).doesNotContain(RULE);
        assertThat(disabledRules(otherStatementId, UnLanguage.FR)).doesNotContain(RULE);
        // switching it off again changes nothing
        assertThat(rules.switchOffForStatement(statementId, UnLanguage.FR, RULE, "again")
                        .id())
                .isEqualTo(off.id());
        assertThat(rules.statementSwitches(statementId))
                .singleElement()
                .satisfies(r -> assertThat(r.ruleDescription()).isEqualTo("Possible spelling mistake"));
        assertThat(jdbc.queryForObject(
                        "select switched_by from language_rule_switch where id = ?", String.class, off.id()))
                .isEqualTo(reviewer);

        rules.switchOnForStatement(statementId, UnLanguage.FR, RULE);
        assertThat(disabledRules(statementId, UnLanguage.FR)).isEmpty();
        assertThatThrownBy(() -> rules.switchOnForStatement(statementId, UnLanguage.FR, RULE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not switched off");
    }

    @Test
    void aTranslatorMaySwitchNoRuleOffAndAReviewerNoneGlobally() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThatThrownBy(() -> rules.switchOffForStatement(statementId, UnLanguage.FR, RULE, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.switchOffGlobally(UnLanguage.FR, RULE, "x", null))
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThatThrownBy(() -> rules.switchOffGlobally(UnLanguage.FR, RULE, "x", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.allStatementSwitches()).isInstanceOf(AccessDeniedException.class);
        assertThat(disabledRules(statementId, UnLanguage.FR)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from language_rule_switch where statement_id = ?", Integer.class, statementId))
                .isZero();
    }

    @Test
    void anAdminSwitchesARuleOffForALanguageInEveryStatement() {
        TestSignIn.as(admin, Role.ADMIN);
        String rule = "EN_QUOTES_" + counter.incrementAndGet();
        SwitchedOffRule off = rules.switchOffGlobally(
                UnLanguage.FR, rule, "Typographic quotes", "  UN French uses the quotes of the source document  ");
        try {
            assertThat(off.global()).isTrue();
            assertThat(off.reason()).isEqualTo("UN French uses the quotes of the source document");
            assertThat(disabledRules(statementId, UnLanguage.FR)).contains(rule);
            assertThat(disabledRules(otherStatementId, UnLanguage.FR)).contains(rule);
            assertThat(disabledRules(statementId, UnLanguage.AR)).doesNotContain(rule);
            assertThat(rules.globalSwitches()).anySatisfy(r -> {
                assertThat(r.ruleId()).isEqualTo(rule);
                assertThat(r.switchedBy()).isEqualTo(admin);
                assertThat(r.switchedAt()).isNotNull();
            });
            // a statement switch adds to the global ones
            rules.switchOffForStatement(statementId, UnLanguage.FR, RULE, "Possible spelling mistake");
            assertThat(disabledRules(statementId, UnLanguage.FR)).contains(rule, RULE);
            assertThat(rules.allStatementSwitches()).anyMatch(r -> r.statementId() == statementId);
        } finally {
            rules.switchOnGlobally(UnLanguage.FR, rule);
        }
        assertThat(disabledRules(otherStatementId, UnLanguage.FR)).doesNotContain(rule);
    }

    @Test
    void badRuleIdsAndLanguagesAreRefusedWithAMessage() {
        TestSignIn.as(admin, Role.ADMIN);
        assertThatThrownBy(() -> rules.switchOffGlobally(UnLanguage.FR, "drop table; --", "x", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a LanguageTool rule id");
        assertThatThrownBy(() -> rules.switchOffGlobally(UnLanguage.FR, " ", "x", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.switchOffForStatement(statementId, UnLanguage.RU, RULE, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a target language");
        assertThatThrownBy(() -> rules.switchOffForStatement(-1, UnLanguage.FR, RULE, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No such statement");
        assertThat(rules.statementSwitches(statementId)).isEmpty();
    }

    /** The rules a check of the statement in that language leaves out. */
    private Set<String> disabledRules(long statement, UnLanguage language) {
        return rules.settingsFor(statement, language).disabledRules();
    }

    private static LanguageMatch match(String rule, String text, String covered) {
        int start = text.indexOf(covered);
        return new LanguageMatch(
                LanguageMatch.idOf(rule, start, start + covered.length(), covered),
                rule,
                "Possible spelling mistake",
                "TYPOS",
                MatchKind.SPELLING,
                start,
                start + covered.length(),
                "Possible spelling mistake found.",
                "Spelling mistake",
                List.of(),
                true);
    }
}
