package org.statementworkbench.languagecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.languagecheck.SwitchedOffRule;
import org.statementworkbench.security.Role;

/** The administrators' view of switched-off LanguageTool rules: listed with who and when, switched off and on. */
@SpringBootTest
class LanguageRulesViewTest extends SignedInBrowserlessTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    LanguageRuleService rules;

    @Autowired
    TestData data;

    @AfterEach
    void noRuleLeftOff() {
        TestSignIn.as("rules-view-cleanup", Role.ADMIN);
        for (SwitchedOffRule r : rules.globalSwitches()) {
            if (r.ruleId().startsWith("UN_VIEW_TEST_")) {
                rules.switchOnGlobally(r.language(), r.ruleId());
            }
        }
    }

    private static String uniqueRule() {
        return "UN_VIEW_TEST_" + counter.incrementAndGet() + "_" + System.nanoTime();
    }

    private static List<String> ruleIds(com.vaadin.flow.component.grid.Grid<SwitchedOffRule> grid) {
        return grid.getListDataView().getItems().map(SwitchedOffRule::ruleId).toList();
    }

    @Test
    @WithMockUser(username = "rules-admin", roles = "ADMIN")
    void anAdminSwitchesARuleOffForALanguageSeesWhoAndWhenAndSwitchesItBackOn() {
        String rule = uniqueRule();
        LanguageRulesView view = navigate(LanguageRulesView.class);
        view.newLanguage.setValue(UnLanguage.RU);
        test(view.newRule).setValue(rule);
        test(view.newReason).setValue("Raises false alarms on the names of UN bodies");
        test(view.switchOff).click();

        assertThat(rules.settingsFor(1, UnLanguage.RU).disabledRules()).contains(rule);
        assertThat(ruleIds(view.global)).contains(rule);
        int row = ruleIds(view.global).indexOf(rule);
        var grid = test(view.global);
        assertThat(grid.getCellText(row, 0)).isEqualTo("Russian");
        assertThat(grid.getCellText(row, 3)).isEqualTo("Raises false alarms on the names of UN bodies");
        assertThat(grid.getCellText(row, 4)).isEqualTo("rules-admin");
        assertThat(grid.getCellText(row, 5)).isNotBlank();

        view.languageFilter.setValue(UnLanguage.FR);
        assertThat(ruleIds(view.global)).doesNotContain(rule);
        view.languageFilter.setValue(UnLanguage.RU);
        row = ruleIds(view.global).indexOf(rule);
        test((Button) test(view.global).getCellComponent(row, 6)).click();
        assertThat(ruleIds(view.global)).doesNotContain(rule);
        assertThat(rules.settingsFor(1, UnLanguage.RU).disabledRules()).doesNotContain(rule);
    }

    @Test
    @WithMockUser(username = "rules-admin", roles = "ADMIN")
    void aBadRuleIdIsRefusedWithAMessageAndNothingIsSwitchedOff() {
        LanguageRulesView view = navigate(LanguageRulesView.class);
        int before = test(view.global).size();
        test(view.newRule).setValue("not a rule!");
        test(view.switchOff).click();
        assertThat(test(find(Notification.class).last()).getText()).contains("Not a LanguageTool rule id");
        assertThat(test(view.global).size()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "rules-admin", roles = "ADMIN")
    void rulesReviewersSwitchedOffInAStatementAreListedAndCanBeSwitchedBackOn() {
        long statementId = data.statement("Statement by Chile " + uniqueRule())
                .by("Chile")
                .into(UnLanguage.ES)
                .paragraphs("Thank you.")
                .create();
        String rule = uniqueRule();
        TestSignIn.as("rules-reviewer", Role.REVIEWER);
        rules.switchOffForStatement(statementId, UnLanguage.ES, rule, "Uso de mayúsculas");
        assertThatThrownBy(() -> rules.switchOnGlobally(UnLanguage.ES, rule)).isInstanceOf(AccessDeniedException.class);
        TestSignIn.as("rules-admin", Role.ADMIN);

        LanguageRulesView view = navigate(LanguageRulesView.class);
        int row = ruleIds(view.inStatements).indexOf(rule);
        assertThat(row).isNotNegative();
        assertThat(test(view.inStatements).getCellText(row, 3)).startsWith("Statement by Chile");
        assertThat(test(view.inStatements).getCellText(row, 4)).isEqualTo("rules-reviewer");
        test((Button) test(view.inStatements).getCellComponent(row, 6)).click();
        assertThat(ruleIds(view.inStatements)).doesNotContain(rule);
        assertThat(rules.settingsFor(statementId, UnLanguage.ES).disabledRules())
                .isEmpty();
    }
}
