package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.memory.MatchBand;
import org.statementworkbench.memory.MemoryAnalysis;
import org.statementworkbench.memory.MemoryAnalysisService;
import org.statementworkbench.memory.MemoryProgress;
import org.statementworkbench.memory.PreTranslationResult;
import org.statementworkbench.memory.PreTranslationService;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.TranslationService;

/**
 * The statement's memory analysis (segments and words per match band and target language, as CAT tools report it,
 * with a CSV download) and its pre-translation (empty targets filled as drafts from matches at or above a
 * threshold, never over existing text), both run off the request thread with a progress bar and Cancel. Closing
 * the dialog cancels what runs. Pre-translation is offered for the languages the person may edit, and those are
 * the languages checked when it opens (every target language for someone who may edit none).
 */
class MemoryAnalysisDialog extends Dialog {

    static final long PROGRESS_INTERVAL_MILLIS = 250;
    static final List<Integer> THRESHOLDS = List.of(101, 100, 95, 90, 85, 80, 75, 70);

    final CheckboxGroup<UnLanguage> languages = new CheckboxGroup<>("Target languages");
    final Button analyse = new Button("Analyse");
    final Select<Integer> threshold = new Select<>();
    final Button preTranslate = new Button("Pre-translate");
    final Button cancel = new Button("Cancel");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Grid<BandRow> report = new Grid<>();
    final Anchor csv;

    private final StatementSummary statement;
    private final MemoryAnalysisService analysis;
    private final PreTranslationService preTranslation;
    private final Set<UnLanguage> editable;
    private final Executor executor;
    private final Runnable filled;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private boolean running;
    private volatile @Nullable MemoryAnalysis result;

    /** One line of the report: a band (or the total, band null) and its counts per language. */
    record BandRow(@Nullable MatchBand band, Function<MemoryAnalysis.LanguageAnalysis, MemoryAnalysis.Count> count) {

        String label() {
            return band == null ? "Total" : band.label();
        }
    }

    MemoryAnalysisDialog(
            StatementSummary statement,
            UnLanguage currentTarget,
            MemoryAnalysisService analysis,
            PreTranslationService preTranslation,
            TranslationService translations,
            Executor executor,
            Runnable filled) {
        this.statement = statement;
        this.analysis = analysis;
        this.preTranslation = preTranslation;
        this.executor = executor;
        this.filled = filled;
        this.editable = Set.copyOf(statement.targetLanguages().stream()
                .filter(l -> translations.rights(l).canEdit())
                .toList());
        addClassName("memory-analysis-dialog");
        setHeaderTitle("Memory analysis and pre-translation");
        setWidth("min(60rem, 96vw)");
        setDraggable(true);
        setResizable(true);
        languages.setItems(statement.targetLanguages());
        languages.setItemLabelGenerator(l -> l.englishName() + " (" + l.code() + ")");
        // a translator analyses and pre-translates the languages they work in; others start from every language
        languages.setValue(editable.isEmpty() ? Set.copyOf(statement.targetLanguages()) : editable);
        analyse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        analyse.addClickListener(e -> analyse());
        threshold.setLabel("Fill from matches of at least");
        threshold.setItems(THRESHOLDS);
        threshold.setItemLabelGenerator(t -> t + "%" + (t == 101 ? " (in context)" : ""));
        threshold.setValue(PreTranslationService.DEFAULT_THRESHOLD);
        preTranslate.addClickListener(e -> preTranslate());
        preTranslate.setEnabled(!editable.isEmpty());
        cancel.addClickListener(e -> cancelled.set(true));
        cancel.setEnabled(false);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Memory task progress");
        progressText.addClassName("memory-analysis-progress");
        progressText.getElement().setAttribute("aria-live", "polite");
        progressText.setText("Pre-translation fills empty targets as drafts; it never changes a text.");
        report.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        report.setAriaLabel("Memory analysis: segments and words per match band");
        report.setAllRowsVisible(true);
        report.setVisible(false);
        csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    MemoryAnalysis shown = result;
                    if (shown == null) {
                        throw new IOException("No analysis yet");
                    }
                    byte[] bytes = shown.toCsv().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "statement-" + statement.id() + "-memory-analysis.csv",
                            "text/csv",
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                "Analysis (CSV)");
        csv.setVisible(false);
        var choices = new HorizontalLayout(languages, threshold, preTranslate);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choices.setWidthFull();
        choices.setFlexGrow(1, languages);
        add(choices, progress, progressText, report);
        csv.getStyle().set("margin-inline-end", "auto");
        getFooter().add(csv, cancel, new Button("Close", e -> close()), analyse);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                analyse.focus();
            } else {
                cancelled.set(true);
            }
        });
    }

    private @Nullable List<UnLanguage> chosen() {
        List<UnLanguage> chosen = languages.getValue().stream().sorted().toList();
        if (chosen.isEmpty()) {
            progressText.setText("Choose at least one language.");
            return null;
        }
        return chosen;
    }

    void analyse() {
        List<UnLanguage> chosen = chosen();
        if (chosen != null) {
            run("Analysing", watcher -> analysis.analyse(statement.id(), chosen, watcher), this::showAnalysis);
        }
    }

    void preTranslate() {
        List<UnLanguage> chosen = chosen();
        if (chosen == null) {
            return;
        }
        List<UnLanguage> notEditable =
                chosen.stream().filter(l -> !editable.contains(l)).toList();
        if (!notEditable.isEmpty()) {
            progressText.setText("You may not edit "
                    + String.join(
                            ", ",
                            notEditable.stream().map(UnLanguage::englishName).toList())
                    + ": leave it out to pre-translate.");
            return;
        }
        Integer min = threshold.getValue();
        int at = min == null ? PreTranslationService.DEFAULT_THRESHOLD : min;
        run(
                "Pre-translating",
                watcher -> preTranslation.preTranslate(statement.id(), chosen, at, watcher),
                this::showFilled);
    }

    private interface Task<T> {
        T run(MemoryProgress progress);
    }

    private <T> void run(String doing, Task<T> task, java.util.function.Consumer<T> done) {
        if (running) {
            return;
        }
        running = true;
        cancelled.set(false);
        UI ui = UI.getCurrent();
        busy(true);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(doing + "…");
        AtomicLong lastShown = new AtomicLong();
        MemoryProgress watcher = (count, total) -> {
            long now = System.nanoTime();
            long last = lastShown.get();
            if (count == total
                    || (now - last > TimeUnit.MILLISECONDS.toNanos(PROGRESS_INTERVAL_MILLIS)
                            && lastShown.compareAndSet(last, now))) {
                UiUpdates.access(ui, () -> {
                    progress.setValue(total == 0 ? 1 : (double) count / total);
                    progressText.setText(doing + ": " + count + " of " + total + " segments");
                });
            }
            return !cancelled.get();
        };
        var withUser = new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext());
        CompletableFuture<T> future;
        try {
            future = CompletableFuture.supplyAsync(() -> task.run(watcher), withUser);
        } catch (RejectedExecutionException e) {
            future = CompletableFuture.failedFuture(new IllegalStateException("The server is busy; try again."));
        }
        future.whenComplete((value, error) -> UiUpdates.access(ui, () -> {
            running = false;
            busy(false);
            progress.setVisible(false);
            if (error != null || value == null) {
                progressText.setText(MemoryDialogs.failure(error, doing + " failed."));
            } else {
                done.accept(value);
            }
        }));
    }

    private void busy(boolean busy) {
        analyse.setEnabled(!busy);
        preTranslate.setEnabled(!busy && !editable.isEmpty());
        languages.setEnabled(!busy);
        threshold.setEnabled(!busy);
        cancel.setEnabled(busy);
    }

    void showAnalysis(MemoryAnalysis analysed) {
        result = analysed;
        progress.setValue(1);
        progressText.setText(analysed.cancelled() ? "Cancelled: the counts cover the segments read so far." : "");
        report.removeAllColumns();
        report.addColumn(BandRow::label).setHeader("Match").setFrozen(true).setAutoWidth(true);
        List<MemoryAnalysis.LanguageAnalysis> columns = new ArrayList<>(analysed.languages());
        if (columns.size() > 1) {
            columns.add(analysed.total());
        }
        for (int i = 0; i < columns.size(); i++) {
            MemoryAnalysis.LanguageAnalysis language = columns.get(i);
            String name = i == analysed.languages().size()
                    ? "All"
                    : language.language().code();
            report.addColumn(row -> row.count().apply(language).segments())
                    .setHeader(name + " segments")
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                    .setAutoWidth(true);
            report.addColumn(row -> row.count().apply(language).words())
                    .setHeader(name + " words")
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        List<BandRow> rows = new ArrayList<>();
        for (MatchBand band : MatchBand.values()) {
            rows.add(new BandRow(band, l -> l.band(band)));
        }
        rows.add(new BandRow(null, MemoryAnalysis.LanguageAnalysis::total));
        report.setItems(rows);
        report.setVisible(true);
        csv.setVisible(true);
    }

    void showFilled(PreTranslationResult done) {
        progress.setValue(1);
        var text = new StringBuilder(done.cancelled() ? "Cancelled. " : "")
                .append("Filled ")
                .append(done.filled())
                .append(", skipped ")
                .append(done.skipped());
        for (PreTranslationResult.LanguageResult l : done.languages()) {
            text.append(" · ")
                    .append(l.language().englishName())
                    .append(": ")
                    .append(l.filled())
                    .append(" filled, ")
                    .append(l.alreadyTranslated())
                    .append(" already translated, ")
                    .append(l.noMatch())
                    .append(" without a match ≥ ")
                    .append(done.threshold())
                    .append("%");
            if (l.changedMeanwhile() > 0) {
                text.append(", ").append(l.changedMeanwhile()).append(" changed meanwhile");
            }
        }
        progressText.setText(text.append('.').toString());
        if (done.filled() > 0) {
            filled.run();
        }
    }
}
