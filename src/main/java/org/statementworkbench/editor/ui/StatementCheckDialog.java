package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.editor.IssueIgnoreService;
import org.statementworkbench.languagecheck.BatchCheck;
import org.statementworkbench.languagecheck.CheckResult;
import org.statementworkbench.languagecheck.LanguageCheckService;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.languagecheck.MatchKind;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.TranslationService;

/**
 * Checks every translated segment of the statement in the chosen languages (preset: the person's working
 * languages), with a progress bar and Cancel; then sums up matches per language and kind and the texts not
 * checked, and lists the segments with matches: a click opens one in the editor. Not modal, so the list can be
 * worked through; closing it cancels a running check.
 */
class StatementCheckDialog extends Dialog {

    /** Progress is pushed to the browser at most this often. */
    static final long PROGRESS_INTERVAL_MILLIS = 250;

    final CheckboxGroup<UnLanguage> languages = new CheckboxGroup<>("Languages");
    final Button start = new Button("Check");
    final Button cancel = new Button("Cancel");
    final Button close = new Button("Close");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div summary = new Div();
    final Grid<StatementLanguageCheck.Flagged> flagged = new Grid<>();

    private final long statementId;
    private final TranslationService translations;
    private final LanguageRuleService rules;
    private final IssueIgnoreService ignores;
    private final LanguageCheckService checks;
    private final Consumer<StatementLanguageCheck.Summary> finished;
    private final Executor segmentReader;
    private @Nullable BatchCheck running;
    private boolean cancelled;
    private StatementLanguageCheck.@Nullable Summary result;

    StatementCheckDialog(
            StatementSummary statement,
            Set<UnLanguage> workingLanguages,
            TranslationService translations,
            LanguageRuleService rules,
            IssueIgnoreService ignores,
            LanguageCheckService checks,
            Executor segmentReader,
            Consumer<StatementLanguageCheck.Summary> finished,
            BiConsumer<Integer, UnLanguage> go) {
        this.statementId = statement.id();
        this.translations = translations;
        this.rules = rules;
        this.ignores = ignores;
        this.checks = checks;
        this.finished = finished;
        this.segmentReader = segmentReader;
        addClassName("statement-check-dialog");
        setHeaderTitle("Language check of the statement");
        setModal(false);
        setDraggable(true);
        setResizable(true);
        setWidth("40rem");
        languages.setItems(statement.targetLanguages());
        languages.setItemLabelGenerator(l -> l.englishName() + " (" + l.code() + ")");
        // preset: the person's working languages among the statement's targets, all targets if none
        List<UnLanguage> preset = statement.targetLanguages().stream()
                .filter(workingLanguages::contains)
                .toList();
        languages.setValue(Set.copyOf(preset.isEmpty() ? statement.targetLanguages() : preset));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        cancel.addClickListener(e -> cancel());
        cancel.setEnabled(false);
        close.addClickListener(e -> close());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Language check progress");
        progressText.addClassName("statement-check-progress");
        progressText.getElement().setAttribute("aria-live", "polite");
        summary.addClassName("statement-check-summary");
        flagged.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        flagged.addColumn(StatementLanguageCheck.Flagged::number)
                .setHeader("#")
                .setWidth("4em")
                .setFlexGrow(0);
        flagged.addColumn(f -> f.language().code())
                .setHeader("Lang.")
                .setWidth("5em")
                .setFlexGrow(0);
        flagged.addColumn(StatementLanguageCheck.Flagged::matches)
                .setHeader("Issues")
                .setWidth("5em")
                .setFlexGrow(0);
        // LanguageTool words its messages in the language it checks
        flagged.addColumn(LitRenderer.<StatementLanguageCheck.Flagged>of(
                                "<span lang=${item.lang} dir=${item.dir}>${item.message}</span>")
                        .withProperty("lang", f -> f.language().code())
                        .withProperty("dir", f -> f.language().rightToLeft() ? "rtl" : "ltr")
                        .withProperty("message", StatementLanguageCheck.Flagged::firstMessage))
                .setHeader("First issue");
        flagged.setHeight("16rem");
        flagged.setVisible(false);
        flagged.addItemClickListener(
                e -> go.accept(e.getItem().number(), e.getItem().language()));
        flagged.setAriaLabel("Segments with language issues");
        add(languages, progress, progressText, summary, flagged);
        getFooter().add(cancel, close, start);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                cancel();
            }
        });
    }

    private void start() {
        List<UnLanguage> chosen = languages.getValue().stream().sorted().toList();
        if (chosen.isEmpty()) {
            progressText.setText("Choose at least one language.");
            return;
        }
        UI ui = UI.getCurrent();
        cancelled = false;
        result = null;
        start.setEnabled(false);
        languages.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText("Reading the segments…");
        summary.removeAll();
        flagged.setVisible(false);
        // reading thousands of segments is no work for the request thread either; it needs the signed-in user
        var reader = new DelegatingSecurityContextExecutor(segmentReader, SecurityContextHolder.getContext());
        CompletableFuture<StatementLanguageCheck> reading;
        try {
            reading = CompletableFuture.supplyAsync(
                    () -> StatementLanguageCheck.prepare(translations, rules, ignores, statementId, chosen), reader);
        } catch (RejectedExecutionException e) {
            reading = CompletableFuture.failedFuture(new IllegalStateException("the server is busy; try again"));
        }
        reading.whenComplete((check, error) -> UiUpdates.access(ui, () -> {
            if (error != null) {
                stopped("The segments could not be read: " + error.getMessage());
            } else if (!cancelled) {
                run(ui, check);
            }
        }));
    }

    private void run(UI ui, StatementLanguageCheck check) {
        progress.setIndeterminate(false);
        progress.setValue(0);
        progressText.setText("0 of " + check.total() + " texts checked");
        AtomicLong lastShown = new AtomicLong();
        BatchCheck batch = check.start(checks, (done, total) -> {
            long now = System.nanoTime();
            long last = lastShown.get();
            if (done.equals(total)
                    || (now - last > TimeUnit.MILLISECONDS.toNanos(PROGRESS_INTERVAL_MILLIS)
                            && lastShown.compareAndSet(last, now))) {
                UiUpdates.access(ui, () -> showProgress(done, total));
            }
        });
        running = batch;
        batch.results()
                .whenComplete((results, error) -> UiUpdates.access(ui, () -> {
                    if (running == batch) {
                        done(check, results == null ? Map.of() : results, batch);
                    }
                }));
    }

    private void showProgress(int done, int total) {
        BatchCheck batch = running;
        if (batch == null || batch.cancelled()) {
            return;
        }
        progress.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(done + " of " + total + " texts checked");
    }

    /** Stops the check; the texts checked so far are summed up. */
    void cancel() {
        cancelled = true;
        BatchCheck batch = running;
        if (batch != null) {
            batch.cancel();
        } else if (!start.isEnabled()) {
            stopped("Cancelled before checking began.");
        }
    }

    private void done(StatementLanguageCheck check, Map<String, CheckResult> results, BatchCheck batch) {
        running = null;
        var summed = check.summarize(results, batch.cancelled(), batch.cancelled() ? results.size() : batch.done());
        result = summed;
        stopped(
                summed.cancelled()
                        ? "Cancelled: " + summed.done() + " of " + summed.total() + " texts checked."
                        : "All " + summed.total() + " texts checked.");
        progress.setValue(summed.total() == 0 ? 1 : (double) summed.done() / summed.total());
        for (StatementLanguageCheck.LanguageTotals t : summed.languages()) {
            var line = new Div(new Span(t.language().englishName() + ": "), new Span(describe(t)));
            line.addClassName("statement-check-language");
            summary.add(line);
        }
        flagged.setItems(summed.flagged());
        flagged.setVisible(!summed.flagged().isEmpty());
        finished.accept(summed);
    }

    private void stopped(String text) {
        progressText.setText(text);
        start.setEnabled(true);
        languages.setEnabled(true);
        cancel.setEnabled(false);
    }

    /** "3 spelling, 1 grammar, 0 style in 40 of 41 texts · 1 not checked". */
    static String describe(StatementLanguageCheck.LanguageTotals t) {
        String kinds = java.util.Arrays.stream(MatchKind.values())
                .map(k -> t.kinds().getOrDefault(k, 0) + " "
                        + LanguageMatchPopover.label(k).toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        return kinds + " in " + t.checked() + " of " + t.texts() + " texts"
                + (t.notChecked() > 0 ? " · " + t.notChecked() + " not checked" : "");
    }

    StatementLanguageCheck.@Nullable Summary result() {
        return result;
    }
}
