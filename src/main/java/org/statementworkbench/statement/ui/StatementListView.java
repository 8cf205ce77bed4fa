package org.statementworkbench.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.statementworkbench.statement.LanguageProgress;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementSummary;

/** The statements being translated, with progress per target language. */
@Route("")
@PageTitle("Statements | Statement Workbench")
@Menu(title = "Statements", order = 10, icon = "vaadin:file-text-o")
@PermitAll
class StatementListView extends VerticalLayout {

    final Grid<StatementSummary> grid = new Grid<>();

    StatementListView(StatementService statementService) {
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(StatementListView::describe).setHeader("Statement").setFlexGrow(3);
        grid.addColumn(s -> s.sourceLanguage().englishName()).setHeader("Source").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StatementSummary::segments).setHeader("Segments").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(StatementListView::progress).setHeader("Translations").setFlexGrow(2);
        List<StatementSummary> statements = statementService.listStatements();
        grid.setItems(statements);
        grid.setEmptyStateText("No statements yet.");
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        add(grid);
    }

    private void open(StatementSummary s) {
        getUI().ifPresent(ui -> ui.navigate("statement/" + s.id()));
    }

    private static Component describe(StatementSummary s) {
        var title = new Span(s.title());
        title.addClassName("statement-title");
        List<String> parts = new ArrayList<>();
        if (s.delegation() != null) {
            parts.add(s.delegation());
        }
        if (s.unBody() != null) {
            parts.add(s.unBody() + (s.sessionName() == null ? "" : ", " + s.sessionName()));
        }
        if (s.documentSymbol() != null) {
            parts.add(s.documentSymbol());
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
                    + (p.count(SegmentStatus.DRAFT) > 0 ? ", " + p.count(SegmentStatus.DRAFT) + " draft" : ""));
            counts.addClassName("language-counts");
            var row = new Div(code, bar, counts);
            row.addClassName("language-progress");
            cell.add(row);
        }
        return cell;
    }
}
