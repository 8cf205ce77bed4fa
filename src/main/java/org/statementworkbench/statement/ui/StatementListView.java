package org.statementworkbench.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.security.Roles;
import org.statementworkbench.statement.LanguageProgress;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementDetails;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementSummary;

/**
 * The statements being translated, with progress per target language: search, filters (body, language,
 * progress), open in the editor, the tasks other modules offer on a statement ({@link StatementListAction}, such as
 * the memory analysis); administrators archive statements and restore archived ones.
 */
@Route("")
@PageTitle("Statements | Statement Workbench")
// the row tasks' dialogs come from other modules (StatementListAction): the production bundle loads a route's web
// components with the route, found from the classes it names, so the list names those the tasks use
@Uses(Dialog.class)
@Uses(CheckboxGroup.class)
@Menu(title = "Statements", order = 10, icon = "vaadin:file-text-o")
@PermitAll
class StatementListView extends VerticalLayout implements AfterNavigationObserver {

    enum Progress {
        ANY,
        NOT_STARTED,
        IN_PROGRESS,
        DONE
    }

    final Grid<StatementSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<String> body = new Select<>();
    final Select<UnLanguage> language = new Select<>();
    final Select<Progress> progressFilter = new Select<>();
    final Checkbox archived = new Checkbox("Archived");

    private final StatementService statementService;
    private final boolean admin;
    private final List<StatementListAction> actions;
    private List<StatementSummary> all = List.of();

    StatementListView(
            StatementService statementService,
            AuthenticationContext authentication,
            ObjectProvider<StatementListAction> actions) {
        this.statementService = statementService;
        this.actions = actions.orderedStream().toList();
        this.admin = authentication.hasRole(Roles.ADMIN);
        setSizeFull();
        search.setPlaceholder("Search title, delegation, symbol");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setAriaLabel("Search statements");
        body.setLabel("Body");
        body.setEmptySelectionAllowed(true);
        body.setEmptySelectionCaption("Any body");
        language.setLabel("Language");
        language.setItems(UnLanguage.values());
        language.setItemLabelGenerator(l -> l == null ? "Any language" : l.englishName());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption("Any language");
        progressFilter.setLabel("Progress");
        progressFilter.setItems(Progress.values());
        progressFilter.setItemLabelGenerator(p -> switch (p) {
            case ANY -> "Any";
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
        });
        progressFilter.setValue(Progress.ANY);
        archived.setVisible(admin);
        archived.setTooltipText("Show archived statements, to restore them");
        var toolbar = new HorizontalLayout(search, body, language, progressFilter, archived);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(StatementListView::describe)
                .setHeader("Statement")
                .setFlexGrow(3);
        grid.addColumn(s -> s.sourceLanguage().englishName())
                .setHeader("Source")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(StatementSummary::segments)
                .setHeader("Segments")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(StatementListView::progress)
                .setHeader("Translations")
                .setFlexGrow(2);
        // a click on these columns' buttons is not a click that opens the statement
        Set<Grid.Column<StatementSummary>> buttonColumns = new HashSet<>();
        if (!this.actions.isEmpty()) {
            buttonColumns.add(grid.addComponentColumn(this::actionButtons)
                    .setHeader("")
                    .setAutoWidth(true)
                    .setFlexGrow(0));
        }
        if (admin) {
            buttonColumns.add(grid.addComponentColumn(this::archiveButton)
                    .setHeader("")
                    .setAutoWidth(true)
                    .setFlexGrow(0));
        }
        grid.setEmptyStateText("No statements match.");
        grid.addItemClickListener(e -> {
            if (!e.getItem().archived() && !buttonColumns.contains(e.getColumn())) {
                getUI().ifPresent(ui -> ui.navigate("statement/" + e.getItem().id()));
            }
        });
        search.addValueChangeListener(e -> filter());
        body.addValueChangeListener(e -> filter());
        language.addValueChangeListener(e -> filter());
        progressFilter.addValueChangeListener(e -> filter());
        archived.addValueChangeListener(e -> reload());
        add(toolbar, grid);
    }

    /** Fresh data on every visit: the same view instance is reused when navigating to it again. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        reload();
    }

    private void reload() {
        all = archived.getValue() ? statementService.listArchived() : statementService.listStatements();
        body.setItems(all.stream()
                .map(s -> s.details().unBody())
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList());
        filter();
    }

    private void filter() {
        String q = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream()
                .filter(s -> q.isEmpty()
                        || Stream.of(
                                        s.title(),
                                        s.details().delegation(),
                                        s.details().documentSymbol(),
                                        s.details().speaker())
                                .filter(Objects::nonNull)
                                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(q)))
                .filter(s -> body.getValue() == null
                        || body.getValue().equals(s.details().unBody()))
                .filter(s -> language.getValue() == null
                        || s.sourceLanguage() == language.getValue()
                        || s.targetLanguages().contains(language.getValue()))
                .filter(this::matchesProgress)
                .toList());
    }

    private boolean matchesProgress(StatementSummary s) {
        List<LanguageProgress> relevant = s.progress().stream()
                .filter(p -> language.getValue() == null || p.language() == language.getValue())
                .toList();
        int done = relevant.stream().mapToInt(LanguageProgress::done).sum();
        int total = relevant.stream().mapToInt(LanguageProgress::segments).sum();
        int untouched =
                relevant.stream().mapToInt(p -> p.count(SegmentStatus.NEW)).sum();
        return switch (progressFilter.getValue() == null ? Progress.ANY : progressFilter.getValue()) {
            case ANY -> true;
            case NOT_STARTED -> untouched == total;
            case IN_PROGRESS -> untouched < total && done < total;
            case DONE -> total > 0 && done == total;
        };
    }

    /**
     * The tasks offered on the statement, as buttons (Tab into the grid, Enter on the cell, then Enter on the
     * button); a click on one does not also open the editor as a click elsewhere in the row does.
     */
    private Component actionButtons(StatementSummary s) {
        var cell = new HorizontalLayout();
        cell.setSpacing(false);
        cell.addClassName("statement-actions");
        for (StatementListAction action : actions) {
            if (!action.offeredTo(s)) {
                continue;
            }
            var button = new Button(action.label(), e -> action.open(s, this::reload));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(action.label().replace("…", "") + ": " + s.title());
            cell.add(button);
        }
        return cell;
    }

    private Component archiveButton(StatementSummary s) {
        var button = new Button(s.archived() ? "Restore" : "Archive", e -> {
            if (s.archived()) {
                statementService.restore(s.id());
                Notifications.success("Restored: " + s.title());
            } else {
                statementService.archive(s.id());
                Notifications.success("Archived: " + s.title() + ". Administrators can restore it.");
            }
            reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static Component describe(StatementSummary s) {
        var title = new Span(s.title());
        title.addClassName("statement-title");
        StatementDetails d = s.details();
        List<String> parts = new ArrayList<>();
        if (d.delegation() != null) {
            parts.add(d.delegation());
        }
        if (d.unBody() != null) {
            parts.add(d.unBody() + (d.sessionName() == null ? "" : ", " + d.sessionName()));
        }
        if (d.documentSymbol() != null) {
            parts.add(d.documentSymbol());
        }
        var details = new Span(String.join(" · ", parts));
        details.addClassName("statement-details");
        var cell = new Div(title, details);
        cell.addClassName("statement-cell");
        return cell;
    }

    private static Component progress(StatementSummary s) {
        var cell = new Div();
        cell.addClassName("statement-progress");
        for (LanguageProgress p : s.progress()) {
            var code = new Span(p.language().code());
            code.addClassName("language-code");
            var bar = new ProgressBar(0, 1, p.doneRatio());
            bar.getElement().setAttribute("aria-label", p.language().englishName() + " progress");
            var counts = new Span(p.done() + "/" + p.segments() + " done"
                    + (p.count(SegmentStatus.DRAFT) > 0 ? ", " + p.count(SegmentStatus.DRAFT) + " draft" : "")
                    + (p.count(SegmentStatus.RETURNED) > 0
                            ? ", " + p.count(SegmentStatus.RETURNED) + " returned"
                            : ""));
            counts.addClassName("language-counts");
            var row = new Div(code, bar, counts);
            row.addClassName("language-progress");
            cell.add(row);
        }
        return cell;
    }
}
