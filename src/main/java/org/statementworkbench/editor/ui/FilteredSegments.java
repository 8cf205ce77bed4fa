package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * The segments an issue filter leaves, which no query can find: every segment's checks run on the issue filter's
 * threads, as the signed-in user, never on the request thread. Until a list is ready the grid gets the one it showed
 * before (or none), the progress shows how far the checks are, and the list is handed over with {@code UI.access}.
 * A ready list stays until a segment of its language is saved (or the profile or glossary changes): applying the
 * same filter again is then instant. Everything but the work itself runs on the UI's thread.
 */
final class FilteredSegments {

    private static final Logger log = LoggerFactory.getLogger(FilteredSegments.class);
    private static final int PAGE = 500;
    private static final int LISTS = 8;
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** Which list: of a statement in a language, the segments a query and an issue filter leave. */
    record ListKey(long statementId, UnLanguage language, SegmentQuery query, IssueFilter filter) {}

    /** How far the checks behind a list are. */
    interface Progress {
        /** {@code done} of {@code total} segments checked (total 0: still counting). */
        void checking(int done, int total);

        void finished();
    }

    /** Runs a command on the UI that asked for a list, from the worker. */
    interface Delivery {
        void deliver(Runnable command);

        /** To the current UI, through {@code UI.access}; nothing once it is closed. */
        static Delivery toCurrentUi() {
            UI ui = UI.getCurrent();
            return command -> UiUpdates.access(ui, command::run);
        }
    }

    /** A list as it was computed; no longer current once a segment of its language was saved. */
    private record Listed(List<MultiLanguageRow> rows, SegmentIssueCache.Basis basis, boolean current) {}

    /** One computation of a list. */
    private static final class Run {
        final ListKey key;
        final SegmentIssueCache.Basis basis;
        volatile boolean cancelled;

        Run(ListKey key, SegmentIssueCache.Basis basis) {
            this.key = key;
            this.basis = basis;
        }
    }

    private final TranslationService translations;
    private final SegmentIssueCache issues;
    private final Executor worker;
    private final Supplier<Delivery> delivery;
    private final Map<ListKey, Listed> lists = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ListKey, Listed> eldest) {
            return size() > LISTS;
        }
    };
    private @Nullable Run running;
    private @Nullable ListKey refused;
    private Progress progress = new Progress() {
        @Override
        public void checking(int done, int total) {}

        @Override
        public void finished() {}
    };
    private Runnable arrived = () -> {};

    FilteredSegments(
            TranslationService translations, SegmentIssueCache issues, Executor worker, Supplier<Delivery> delivery) {
        this.translations = translations;
        this.issues = issues;
        this.worker = worker;
        this.delivery = delivery;
    }

    /** Where the progress shows, and what runs once a list the grid asked for is ready. */
    void whenChecking(Progress shown, Runnable ready) {
        this.progress = shown;
        this.arrived = ready;
    }

    /**
     * The list's rows if it is ready; otherwise its computation is started (unless under way) and what the list
     * held before is returned meanwhile, or nothing.
     */
    List<MultiLanguageRow> rows(ListKey key) {
        SegmentIssueCache.Basis basis = issues.basis();
        Listed listed = lists.get(key);
        if (listed != null && listed.current() && listed.basis().equals(basis)) {
            return listed.rows();
        }
        Run run = running;
        if ((run == null || !run.key.equals(key) || !run.basis.equals(basis)) && !key.equals(refused)) {
            start(key, basis);
            listed = lists.get(key); // ready already if the worker runs its tasks at once
        }
        return listed == null ? List.of() : listed.rows();
    }

    /** Whether a list is being computed. */
    boolean checking() {
        return running != null;
    }

    /** Stops the computation under way, if any: its list is never shown. */
    void cancel() {
        Run run = running;
        if (run != null) {
            run.cancelled = true;
            running = null;
            progress.finished();
        }
    }

    /** Every list is computed again when next read (the segments themselves changed). */
    void invalidateAll() {
        cancel();
        refused = null;
        lists.replaceAll((key, listed) -> new Listed(listed.rows(), listed.basis(), false));
    }

    /**
     * A segment's translation into {@code language} was saved: the lists of that language are computed again when
     * next read (meanwhile they show the saved state, if known); the other languages' lists stay, with its new text.
     */
    void saved(long segmentId, UnLanguage language, @Nullable TranslationState state) {
        Run run = running;
        if (run != null && run.key.language() == language) {
            cancel();
        }
        refused = null;
        lists.replaceAll((key, listed) -> {
            List<MultiLanguageRow> rows =
                    state == null ? listed.rows() : patched(listed.rows(), segmentId, language, state);
            return new Listed(rows, listed.basis(), listed.current() && key.language() != language);
        });
    }

    private static List<MultiLanguageRow> patched(
            List<MultiLanguageRow> rows, long segmentId, UnLanguage language, TranslationState state) {
        if (rows.stream().noneMatch(r -> r.segmentId() == segmentId)) {
            return rows;
        }
        return rows.stream()
                .map(r -> {
                    if (r.segmentId() != segmentId) {
                        return r;
                    }
                    var targets = new HashMap<>(r.targets());
                    targets.put(language, state);
                    return new MultiLanguageRow(r.segmentId(), r.number(), r.paragraph(), r.source(), targets);
                })
                .toList();
    }

    private void start(ListKey key, SegmentIssueCache.Basis basis) {
        cancel();
        var run = new Run(key, basis);
        Delivery toUi = delivery.get();
        running = run;
        refused = null;
        progress.checking(0, 0);
        try {
            worker.execute(new DelegatingSecurityContextRunnable(
                    () -> compute(run, toUi), SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            running = null;
            refused = key;
            progress.finished();
            Notifications.error("The server is busy: the issue filter could not run. Choose it again in a moment.");
        }
    }

    /** On the worker: reads the list's segments a page at a time and keeps those the filter keeps. */
    private void compute(Run run, Delivery toUi) {
        if (run.cancelled) {
            return;
        }
        long started = System.nanoTime();
        ListKey key = run.key;
        try {
            int total = translations.count(key.statementId(), key.language(), key.query());
            toUi.deliver(() -> showProgress(run, 0, total));
            List<MultiLanguageRow> kept = new ArrayList<>();
            long shown = System.nanoTime();
            int read = 0;
            for (List<MultiLanguageRow> page;
                    !run.cancelled
                            && !(page = translations.rowsInAllLanguages(
                                            key.statementId(), key.language(), key.query(), read, PAGE))
                                    .isEmpty(); ) {
                for (MultiLanguageRow row : page) {
                    if (run.cancelled) {
                        return;
                    }
                    if (key.filter().keeps(issues.issues(row, key.language(), run.basis))) {
                        kept.add(row);
                    }
                    read++;
                    if (System.nanoTime() - shown > PROGRESS_INTERVAL_NANOS) {
                        shown = System.nanoTime();
                        int done = read;
                        toUi.deliver(() -> showProgress(run, done, Math.max(total, done)));
                    }
                }
            }
            if (run.cancelled) {
                return;
            }
            log.debug(
                    "Issue filter {} over {} segments on {}: {} ms",
                    key.filter(),
                    read,
                    Thread.currentThread().getName(),
                    (System.nanoTime() - started) / 1_000_000);
            List<MultiLanguageRow> rows = List.copyOf(kept);
            toUi.deliver(() -> ready(run, rows));
        } catch (RuntimeException e) {
            if (!run.cancelled) {
                log.warn("The issue filter {} failed", key.filter(), e);
                toUi.deliver(() -> failed(run, e));
            }
        }
    }

    private void showProgress(Run run, int done, int total) {
        if (running == run) {
            progress.checking(done, total);
        }
    }

    private void ready(Run run, List<MultiLanguageRow> rows) {
        if (running != run) {
            return; // cancelled meanwhile: another list (or none) is wanted now
        }
        running = null;
        lists.put(run.key, new Listed(rows, run.basis, true));
        progress.finished();
        arrived.run();
    }

    private void failed(Run run, RuntimeException e) {
        if (running != run) {
            return;
        }
        running = null;
        refused = run.key;
        progress.finished();
        Notifications.error("The issue filter could not check the segments: " + e.getMessage());
    }
}
