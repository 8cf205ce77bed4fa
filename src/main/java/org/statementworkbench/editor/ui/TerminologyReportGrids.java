package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import org.statementworkbench.editor.LanguageTermReport;
import org.statementworkbench.editor.ReportedIssue;
import org.statementworkbench.statement.ApprovalOverride;

/** The grids of one language of the QA report: its issues and its overrides. */
final class TerminologyReportGrids {

    private TerminologyReportGrids() {}

    static Grid<ReportedIssue> issues(LanguageTermReport l) {
        Grid<ReportedIssue> grid = bySegment(ReportedIssue::segmentNumber);
        grid.addColumn(i -> i.check().toString())
                .setHeader("Check")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(i -> {
                    var badge = new Span(i.severity().label());
                    badge.getElement()
                            .getThemeList()
                            .add("badge small "
                                    + switch (i.severity()) {
                                        case ERROR -> "error";
                                        case WARNING -> "warning";
                                        case INFO -> "contrast";
                                    });
                    return badge;
                })
                .setHeader("Severity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ReportedIssue::message).setHeader("Message").setFlexGrow(3);
        grid.addColumn(ReportedIssue::sourceExcerpt).setHeader("Source").setFlexGrow(2);
        grid.addComponentColumn(i -> {
                    var target = new Span(i.targetExcerpt());
                    target.getElement().setAttribute("lang", l.language().code());
                    target.getElement().setAttribute("dir", l.language().rightToLeft() ? "rtl" : "ltr");
                    return target;
                })
                .setHeader("Target")
                .setFlexGrow(2);
        grid.addColumn(i -> i.override() == null
                        ? ""
                        : "Overridden by " + i.override().overriddenBy())
                .setHeader("Override")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.ignore() == null
                        ? ""
                        : "Ignored by " + i.ignore().ignoredBy() + ": "
                                + i.ignore().reason())
                .setHeader("Ignored")
                .setFlexGrow(1);
        grid.setItems(l.issues());
        grid.setEmptyStateText("No issues.");
        if (l.issues().size() <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28rem");
        }
        grid.addClassName("report-issues");
        return grid;
    }

    static Grid<ApprovalOverride> overrides(LanguageTermReport l) {
        Grid<ApprovalOverride> grid = bySegment(ApprovalOverride::segmentNumber);
        grid.addColumn(ApprovalOverride::overriddenBy)
                .setHeader("By")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> HistoryDialog.WHEN.format(o.overriddenAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ApprovalOverride::justification)
                .setHeader("Justification")
                .setFlexGrow(2);
        grid.addColumn(o -> String.join("\n", o.describedProblems()))
                .setHeader("Overridden")
                .setFlexGrow(3);
        grid.setItems(l.overrides());
        grid.setAllRowsVisible(true);
        grid.addClassName("report-overrides");
        return grid;
    }

    /** A compact grid whose first column is the segment number. */
    private static <T> Grid<T> bySegment(ValueProvider<T, Integer> segmentNumber) {
        var grid = new Grid<T>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(segmentNumber).setHeader("#").setWidth("4.5rem").setFlexGrow(0);
        return grid;
    }
}
