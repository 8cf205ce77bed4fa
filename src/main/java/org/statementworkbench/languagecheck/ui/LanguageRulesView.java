package org.statementworkbench.languagecheck.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.languagecheck.SwitchedOffRule;
import org.statementworkbench.security.Roles;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementSummary;

/**
 * Administrators' settings of the LanguageTool checks: the rules switched off for a language in every statement
 * (with who, when and why; switch one back on, or switch one off by its id) and, for an overview, those reviewers
 * switched off in single statements. The UN style profile's own switched-off rules are fixed in
 * {@code languagecheck/un-style.tsv}.
 */
@Route("admin/language-rules")
@PageTitle("Language rules | Statement Workbench")
@Menu(title = "Language rules", order = 92, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.ADMIN)
class LanguageRulesView extends VerticalLayout {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    final Select<UnLanguage> languageFilter = new Select<>();
    final Grid<SwitchedOffRule> global = new Grid<>();
    final Grid<SwitchedOffRule> inStatements = new Grid<>();
    final Select<UnLanguage> newLanguage = new Select<>();
    final TextField newRule = new TextField("Rule id");
    final TextField newReason = new TextField("Reason");
    final Button switchOff = new Button("Switch off for the language");

    private final LanguageRuleService rules;
    private final StatementService statements;
    private Map<Long, String> titles = Map.of();

    LanguageRulesView(LanguageRuleService rules, StatementService statements) {
        this.rules = rules;
        this.statements = statements;
        setSizeFull();
        addClassName("language-rules-view");

        languageFilter.setLabel("Language");
        languageFilter.setEmptySelectionAllowed(true);
        languageFilter.setEmptySelectionCaption("All languages");
        languageFilter.setItems(UnLanguage.values());
        languageFilter.setItemLabelGenerator(
                l -> l == null ? "All languages" : l.englishName() + " (" + l.code() + ")");
        languageFilter.addValueChangeListener(e -> refresh());

        configure(global, false);
        configure(inStatements, true);

        newLanguage.setLabel("Language");
        newLanguage.setItems(UnLanguage.values());
        newLanguage.setItemLabelGenerator(l -> l.englishName() + " (" + l.code() + ")");
        newLanguage.setValue(UnLanguage.EN);
        newRule.setPlaceholder("e.g. EN_QUOTES");
        newRule.setHelperText("LanguageTool's id, shown in the editor's issue popover");
        newRule.setMaxLength(200);
        newReason.setPlaceholder("The false alarm it raises in UN texts");
        newReason.setMaxLength(1000);
        newReason.setWidth("24rem");
        switchOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        switchOff.addClickListener(e -> switchOff());
        var form = new HorizontalLayout(newLanguage, newRule, newReason, switchOff);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("language-rules-form");

        var intro = new Paragraph("Rules switched off here are not reported in any statement of the language. "
                + "Reviewers can switch a rule off for one statement from the editor's issue popover; the UN style "
                + "profile's own exceptions are fixed in languagecheck/un-style.tsv.");
        intro.addClassName("language-rules-intro");
        add(
                new H2("Language rules"),
                intro,
                languageFilter,
                new H2("Switched off for a language"),
                global,
                form,
                new H2("Switched off in single statements"),
                inStatements);
        setFlexGrow(1, global, inStatements);
        refresh();
    }

    private void configure(Grid<SwitchedOffRule> grid, boolean statementColumn) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.language().englishName())
                .setHeader("Language")
                .setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn(SwitchedOffRule::ruleId)
                .setHeader("Rule")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SwitchedOffRule::ruleDescription)
                .setHeader("Description")
                .setFlexGrow(1);
        if (statementColumn) {
            grid.addColumn(r -> statementTitle(r.statementId()))
                    .setHeader("Statement")
                    .setFlexGrow(1);
        } else {
            grid.addColumn(r -> Objects.requireNonNullElse(r.reason(), ""))
                    .setHeader("Reason")
                    .setFlexGrow(1);
        }
        grid.addColumn(SwitchedOffRule::switchedBy)
                .setHeader("By")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> WHEN.format(r.switchedAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> {
                    var on = new Button("Switch back on", e -> switchOn(r));
                    on.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    on.setAriaLabel("Switch " + r.ruleId() + " back on for "
                            + r.language().englishName());
                    return on;
                })
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(false);
        grid.setMinHeight("10rem");
    }

    private String statementTitle(@Nullable Long id) {
        return id == null ? "" : titles.getOrDefault(id, "Statement " + id);
    }

    private void refresh() {
        UnLanguage only = languageFilter.getValue();
        titles = statements.listStatements().stream()
                .collect(Collectors.toMap(StatementSummary::id, StatementSummary::title, (a, b) -> a));
        global.setItems(rules.globalSwitches().stream()
                .filter(r -> only == null || r.language() == only)
                .toList());
        inStatements.setItems(rules.allStatementSwitches().stream()
                .filter(r -> only == null || r.language() == only)
                .toList());
    }

    private void switchOff() {
        UnLanguage language = newLanguage.getValue();
        if (language == null) {
            Notifications.error("Choose a language.");
            return;
        }
        run(() -> {
            SwitchedOffRule off = rules.switchOffGlobally(
                    language, newRule.getValue(), newRule.getValue().strip(), newReason.getValue());
            Notifications.success(off.ruleId() + " is off for every " + language.englishName() + " text.");
            newRule.clear();
            newReason.clear();
        });
    }

    private void switchOn(SwitchedOffRule rule) {
        run(() -> {
            Long statementId = rule.statementId();
            if (statementId == null) {
                rules.switchOnGlobally(rule.language(), rule.ruleId());
            } else {
                rules.switchOnForStatement(statementId, rule.language(), rule.ruleId());
            }
            Notifications.success(
                    rule.ruleId() + " is on again for " + rule.language().englishName()
                            + (statementId == null ? "." : " in " + statementTitle(statementId) + "."));
        });
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | AccessDeniedException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "Not changed."));
        }
        refresh();
    }
}
