package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.glossary.GlossaryExchangeService;
import org.statementworkbench.glossary.exchange.ImportFormat;
import org.statementworkbench.glossary.importing.ConceptImportStatus;
import org.statementworkbench.glossary.importing.ImportDecision;
import org.statementworkbench.glossary.importing.ImportDecisions;
import org.statementworkbench.glossary.importing.ImportPreview;
import org.statementworkbench.glossary.importing.ImportResult;
import org.statementworkbench.security.Roles;

/**
 * Glossary managers import a TBX or CSV file, preview-then-commit: the file is read and compared with the
 * glossary in the background, the preview shows each concept's status with a decision per status and per row,
 * and only Commit changes the glossary (everything or nothing). Below, the glossary is exported as TBX or CSV.
 */
@Route("glossary/exchange")
@PageTitle("Glossary import/export | Statement Workbench")
@Menu(title = "Glossary import/export", order = 31, icon = "vaadin:exchange")
@RolesAllowed({Roles.GLOSSARY_MANAGER, Roles.ADMIN})
class GlossaryExchangeView extends VerticalLayout {

    static final List<UnLanguage> LANGUAGES =
            List.of(UnLanguage.EN, UnLanguage.FR, UnLanguage.ES, UnLanguage.RU, UnLanguage.AR, UnLanguage.ZH);

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Span counts = new Span();
    /** What the file holds that the glossary has no place for: said before the commit, never dropped silently. */
    final Span notImported = new Span();

    final Map<ConceptImportStatus, Select<ImportDecision>> defaults = new EnumMap<>(ConceptImportStatus.class);
    final Grid<ImportPreview.Row> grid = new Grid<>();
    final Button commit = new Button("Commit import");
    final Button cancel = new Button("Cancel");
    final Checkbox includeRetired = new Checkbox("Include retired concepts");
    final Anchor exportTbx;
    final Anchor exportCsv;
    final Map<Integer, ImportDecision> rowDecisions = new HashMap<>();
    Executor executor;

    @Nullable
    ImportPreview preview;

    private final GlossaryExchangeService exchange;

    GlossaryExchangeView(
            GlossaryExchangeService exchange, @Qualifier("applicationTaskExecutor") Executor applicationTaskExecutor) {
        this.exchange = exchange;
        this.executor = applicationTaskExecutor;
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> startPreview(metadata.fileName(), data)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(GlossaryExchangeService.MAX_BYTES);
        upload.setAcceptedFileTypes(".tbx", ".xml", ".csv");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        notImported.addClassName("import-not-imported");
        notImported.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commitImport());
        cancel.setEnabled(false);
        cancel.addClickListener(e -> cancelImport());
        HorizontalLayout defaultsRow = new HorizontalLayout();
        defaultsRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        for (ConceptImportStatus s : ConceptImportStatus.values()) {
            if (s == ConceptImportStatus.UNCHANGED) {
                continue;
            }
            Select<ImportDecision> select = decisionSelect(s);
            select.setLabel(s.label());
            select.setValue(s.defaultDecision());
            select.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            defaults.put(s, select);
            defaultsRow.add(select);
        }
        configureGrid();
        exportTbx =
                new Anchor(new ExportDownload(exchange, ImportFormat.TBX, includeRetired::getValue), "Export TBX v3");
        exportCsv = new Anchor(new ExportDownload(exchange, ImportFormat.CSV, includeRetired::getValue), "Export CSV");
        setSizeFull();
        add(
                new H3("Import"),
                new Span("TBX (v3 or v2) or the glossary CSV, at most "
                        + GlossaryExchangeService.MAX_BYTES / (1024 * 1024) + " MB. Nothing changes until you commit."),
                upload,
                progress,
                status,
                counts,
                notImported,
                new HorizontalLayout(commit, cancel),
                new Span("Default decision per status (change a row's decision in the table):"),
                defaultsRow,
                grid,
                new H3("Export"),
                new Span("The whole glossary with its approved terms. CSV keeps ids, subject fields, the definition, "
                        + "terms, statuses and types; TBX keeps everything."),
                includeRetired,
                new HorizontalLayout(exportTbx, exportCsv));
        setFlexGrow(1, grid);
    }

    private Select<ImportDecision> decisionSelect(ConceptImportStatus s) {
        Select<ImportDecision> select = new Select<>();
        select.setItems(
                s == ConceptImportStatus.NEW
                        ? List.of(ImportDecision.MERGE, ImportDecision.SKIP)
                        : List.of(ImportDecision.MERGE, ImportDecision.SKIP, ImportDecision.REPLACE));
        select.setItemLabelGenerator(
                d -> s == ConceptImportStatus.NEW && d == ImportDecision.MERGE ? "Create" : d.label());
        return select;
    }

    /** Widths in rem: an em width is reckoned from each cell's own font, which differs between header and body. */
    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ImportPreview.Row::row)
                .setHeader("#")
                .setWidth("4rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.status().label())
                .setHeader("Status")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::decisionCell)
                .setHeader("Decision")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.externalId() == null ? "(none)" : r.externalId())
                .setHeader("Id")
                .setWidth("10rem")
                .setFlexGrow(0)
                .setResizable(true);
        for (UnLanguage l : LANGUAGES) {
            String language = l.code();
            grid.addColumn(r -> r.terms(language))
                    .setHeader(language)
                    .setWidth("12rem")
                    .setResizable(true)
                    .setTooltipGenerator(r -> r.terms(language));
        }
        grid.addColumn(r -> r.differences().isEmpty()
                        ? String.join("; ", r.duplicateOf())
                        : r.differences().replace("\n", "; "))
                .setHeader("What differs / duplicate of")
                .setWidth("22rem")
                .setResizable(true)
                .setTooltipGenerator(
                        r -> r.differences().isEmpty() ? String.join("\n", r.duplicateOf()) : r.differences());
        grid.setMinHeight("22rem");
        grid.setVisible(false);
    }

    private com.vaadin.flow.component.Component decisionCell(ImportPreview.Row row) {
        if (row.status() == ConceptImportStatus.UNCHANGED) {
            return new Span("—");
        }
        Select<ImportDecision> select = decisionSelect(row.status());
        select.setValue(decisionFor(row));
        select.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                rowDecisions.put(row.row(), e.getValue());
            }
        });
        select.setWidthFull();
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
        return select;
    }

    ImportDecision decisionFor(ImportPreview.Row row) {
        return decisions().decisionFor(row);
    }

    ImportDecisions decisions() {
        Map<ConceptImportStatus, ImportDecision> byStatus = new EnumMap<>(ConceptImportStatus.class);
        defaults.forEach(
                (s, select) -> byStatus.put(s, select.getValue() == null ? s.defaultDecision() : select.getValue()));
        return new ImportDecisions(byStatus, rowDecisions);
    }

    /** Reads and compares the file on a background thread; the preview comes back through {@link UI#access}. */
    void startPreview(String fileName, byte[] content) {
        UI ui = UI.getCurrent();
        clearPreview();
        progress.setVisible(true);
        status.setText("Reading " + fileName + " …");
        CompletableFuture.runAsync(
                new DelegatingSecurityContextRunnable(() -> {
                    try {
                        ImportPreview result = exchange.preview(content, fileName);
                        ui.access(() -> showPreview(result));
                    } catch (RuntimeException e) {
                        ui.access(() -> {
                            progress.setVisible(false);
                            status.setText("");
                            Notifications.error(message(e, "The file could not be read."));
                        });
                    }
                }),
                executor);
    }

    private void showPreview(ImportPreview result) {
        preview = result;
        rowDecisions.clear();
        progress.setVisible(false);
        status.setText(result.fileName() + " (" + result.format() + "): "
                + result.rows().size() + " concepts.");
        StringBuilder b = new StringBuilder();
        result.counts()
                .forEach((s, n) -> b.append(b.isEmpty() ? "" : " · ")
                        .append(s.label())
                        .append(": ")
                        .append(n));
        counts.setText(b.toString());
        notImported.setText(
                result.notImported().isEmpty()
                        ? ""
                        : "Not imported, the glossary has no place for " + "them: "
                                + String.join(", ", result.notImported()) + ". Commit imports the rest.");
        notImported.setVisible(!result.notImported().isEmpty());
        grid.setItems(result.rows());
        grid.setVisible(true);
        commit.setEnabled(true);
        cancel.setEnabled(true);
    }

    private void commitImport() {
        ImportPreview p = preview;
        if (p == null) {
            return;
        }
        try {
            ImportResult result = exchange.commit(p, decisions());
            Notifications.success("Import committed: " + result.summary() + ".");
        } catch (RuntimeException e) {
            Notifications.error(message(e, "The import failed; nothing was imported."));
        }
        clearPreview();
        upload.clearFileList();
    }

    private void cancelImport() {
        ImportPreview p = preview;
        if (p != null) {
            exchange.discard(p);
        }
        clearPreview();
        upload.clearFileList();
    }

    private void clearPreview() {
        preview = null;
        rowDecisions.clear();
        grid.setItems(List.of());
        grid.setVisible(false);
        status.setText("");
        counts.setText("");
        notImported.setText("");
        notImported.setVisible(false);
        commit.setEnabled(false);
        cancel.setEnabled(false);
    }

    static String message(RuntimeException e, String fallback) {
        return e.getMessage() == null ? fallback : e.getMessage();
    }
}
