package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.editor.LanguageTermReport;
import org.statementworkbench.editor.ReportedIssue;
import org.statementworkbench.editor.TerminologyReport;
import org.statementworkbench.editor.TerminologyReportFiles;
import org.statementworkbench.editor.TerminologyReportService;
import org.statementworkbench.statement.ApprovalOverride;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementSummary;

/**
 * The QA report of a statement: per target language and for all, every issue of the built-in checks, the term checks
 * against the current glossary and the statement-wide checks, with "Include LanguageTool (slower)" LanguageTool's
 * too (as the statement's check profile runs them), counts per check and severity, and every approval over errors;
 * exported as HTML, as CSV, and the comment threads as a second CSV. Computed off the UI thread with a progress bar.
 * The terminology report's address still leads here.
 */
@Route("statement/:id(\\d+)/terminology")
@RouteAlias("statement/:id(\\d+)/qa")
@PermitAll
class TerminologyReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph title = new Paragraph();
    final Select<UnLanguage> language = new Select<>();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span status = new Span();
    final Checkbox languageTool = new Checkbox("Include LanguageTool (slower)");
    final Anchor csv;
    final Anchor commentsCsv;
    final Anchor html;
    final Anchor back = new Anchor("", "Back to the editor");
    final Div sections = new Div();
    final Map<UnLanguage, Grid<ReportedIssue>> issueGrids = new LinkedHashMap<>();
    final Map<UnLanguage, Grid<ApprovalOverride>> overrideGrids = new LinkedHashMap<>();
    Executor executor;
    volatile @Nullable TerminologyReport report;

    private final StatementService statements;
    private final TerminologyReportService reports;
    private @Nullable StatementSummary statement;
    /** The run whose result is wanted; an older one still checking with LanguageTool stops (read off the UI thread). */
    private volatile int run;
    /** Left: a run still checking with LanguageTool stops. */
    private volatile boolean detached;

    TerminologyReportView(
            StatementService statements,
            TerminologyReportService reports,
            @Qualifier("applicationTaskExecutor") Executor applicationTaskExecutor) {
        this.statements = statements;
        this.reports = reports;
        this.executor = applicationTaskExecutor;
        addClassName("terminology-report-view");
        setWidthFull();
        language.setLabel("Language");
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption("All languages");
        language.setItemLabelGenerator(l -> l == null ? "All languages" : l.englishName());
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                load();
            }
        });
        languageTool.setTooltipText("Also check spelling, grammar and style of every translated segment with"
                + " LanguageTool (lt.*): takes a while on a long statement the first time");
        languageTool.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                load();
            }
        });
        csv = download("CSV", "text/csv", ".csv", TerminologyReportFiles::csv);
        csv.getElement().setAttribute("title", "Download the issues as CSV (one row per issue)");
        // the comment threads are a table of their own (one row per comment): a second file, not a section of the
        // issues' CSV, so that each opens in a spreadsheet as one sortable, filterable table
        commentsCsv = download("Comments CSV", "text/csv", "-comments.csv", TerminologyReportFiles::commentsCsv);
        commentsCsv
                .getElement()
                .setAttribute(
                        "title", "Download the comment threads of the reported languages as CSV (one row per comment)");
        html = download("HTML", "text/html", ".html", TerminologyReportFiles::html);
        progress.setWidth("16rem");
        var toolbar = new HorizontalLayout(language, languageTool, new Span("Export:"), html, csv, commentsCsv, back);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        var working = new HorizontalLayout(progress, status);
        working.setAlignItems(FlexComponent.Alignment.CENTER);
        sections.setWidthFull();
        add(title, toolbar, working, sections);
    }

    private Anchor download(String label, String type, String extension, Function<TerminologyReport, String> file) {
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    TerminologyReport r = report;
                    if (r == null) {
                        throw new IOException("The report is not ready yet.");
                    }
                    byte[] bytes = file.apply(r).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            fileName(r, extension),
                            type + "; charset=UTF-8",
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                label);
        link.setEnabled(false);
        link.getElement().setAttribute("title", "Download the report as " + label);
        return link;
    }

    private String fileName(TerminologyReport r, String extension) {
        UnLanguage l = language.getValue();
        return "qa-report-" + r.statementId() + "-" + (l == null ? "all" : l.code()) + extension;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        statement = statements.find(id).orElse(null);
        if (statement == null) {
            title.setText("There is no such statement.");
            progress.setVisible(false);
            return;
        }
        title.setText(statement.title() + " · " + statement.sourceLanguage().englishName() + " source · "
                + count(statement.segments(), "segment") + ". Every issue of the quality checks (numbers, symbols, "
                + "punctuation, spaces, terminology, ...) as the statement's check profile runs them, and every "
                + "approval over errors.");
        back.setHref("statement/" + id);
        language.setItems(statement.targetLanguages());
        load();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        detached = false;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detached = true;
    }

    @Override
    public String getPageTitle() {
        return "QA report" + (statement == null ? "" : ": " + statement.title()) + " | Statement Workbench";
    }

    /** Computes the report for the chosen language (or all) on a background thread; shows it through UI.access. */
    void load() {
        StatementSummary s = statement;
        if (s == null) {
            return;
        }
        UI ui = UI.getCurrent();
        int thisRun = ++run;
        UnLanguage chosen = language.getValue();
        report = null;
        boolean withLanguageTool = languageTool.getValue();
        csv.setEnabled(false);
        commentsCsv.setEnabled(false);
        html.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(
                "Checking " + s.segments() + " segments" + (withLanguageTool ? " with LanguageTool" : "") + " …");
        int[] shown = {0};
        CompletableFuture.runAsync(
                new DelegatingSecurityContextRunnable(() -> {
                    try {
                        TerminologyReport result = reports.report(
                                s.id(),
                                chosen,
                                withLanguageTool,
                                f -> {
                                    int percent = (int) (f * 100);
                                    if (percent >= shown[0] + 5) {
                                        shown[0] = percent;
                                        ui.access(() -> progress.setValue(Math.min(1, f)));
                                    }
                                },
                                () -> thisRun != run || detached);
                        ui.access(() -> {
                            if (thisRun == run) {
                                show(result);
                            }
                        });
                    } catch (CancellationException e) {
                        // a newer run (another language, the option changed) or leaving the view stopped this one
                    } catch (RuntimeException e) {
                        ui.access(() -> {
                            progress.setVisible(false);
                            status.setText("");
                            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "The report failed."));
                        });
                    }
                }),
                executor);
    }

    private void show(TerminologyReport result) {
        report = result;
        progress.setVisible(false);
        csv.setEnabled(true);
        commentsCsv.setEnabled(true);
        html.setEnabled(true);
        int issues = result.sum(l -> l.open().size());
        int ignored = result.sum(LanguageTermReport::ignoredCount);
        int notChecked = result.sum(LanguageTermReport::notCheckedByLanguageTool);
        int overrides = result.sum(l -> l.overrides().size());
        int errors = result.sum(l -> l.count(Severity.ERROR));
        status.setText(count(issues, "issue") + " (" + count(errors, "error") + ") and " + count(overrides, "override")
                + " in "
                + result.languages().size() + (result.languages().size() == 1 ? " language" : " languages")
                + ", against glossary revision " + result.glossaryRevision() + "."
                + (ignored > 0 ? " " + count(ignored, "issue") + " ignored with a reason." : "")
                + (notChecked > 0 ? " LanguageTool did not check " + count(notChecked, "text") + "." : ""));
        sections.removeAll();
        issueGrids.clear();
        overrideGrids.clear();
        result.languages().forEach(l -> sections.add(section(l)));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Div section(LanguageTermReport l) {
        var heading = new H3(l.language().englishName() + " · " + count(l.open().size(), "issue") + " in "
                + count(l.segments(), "segment"));
        String counts = l.countsByCheckAndSeverity().entrySet().stream()
                .map(e -> e.getKey() + ": "
                        + e.getValue().entrySet().stream()
                                .map(n -> n.getValue() + " " + n.getKey().label())
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" · "));
        var countLine = new Paragraph(counts.isEmpty() ? "No issues." : counts);
        countLine.addClassName("report-counts");
        Grid<ReportedIssue> grid = TerminologyReportGrids.issues(l);
        Grid<ApprovalOverride> overrides = TerminologyReportGrids.overrides(l);
        issueGrids.put(l.language(), grid);
        overrideGrids.put(l.language(), overrides);
        var overridesHeading = new H4("Overrides (" + l.overrides().size() + ")");
        overridesHeading.getStyle().set("margin-top", "var(--lumo-space-m)");
        var section = new Div(
                heading,
                countLine,
                grid,
                overridesHeading,
                l.overrides().isEmpty() ? new Paragraph("None.") : overrides);
        section.getStyle().set("margin-bottom", "var(--lumo-space-xl)");
        section.addClassName("report-language");
        return section;
    }
}
