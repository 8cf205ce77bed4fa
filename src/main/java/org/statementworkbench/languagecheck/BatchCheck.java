package org.statementworkbench.languagecheck;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * A running check of many texts (a whole statement): how far it is, a way to cancel it, and its results by request
 * key once all are done. Cancelling stops the texts not yet started; {@link #results()} then completes with those
 * checked so far.
 */
public final class BatchCheck {

    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Map<String, CheckResult> results = new ConcurrentHashMap<>();
    private final CompletableFuture<Map<String, CheckResult>> finished = new CompletableFuture<>();
    private final BiConsumer<Integer, Integer> progress;
    private volatile List<? extends Future<?>> tasks = List.of();

    BatchCheck(int total, BiConsumer<Integer, Integer> progress) {
        this.total = total;
        this.progress = progress;
        if (total == 0) {
            finished.complete(Map.of());
        }
    }

    void started(List<? extends Future<?>> submitted) {
        this.tasks = submitted;
        if (cancelled.get()) {
            submitted.forEach(task -> task.cancel(false));
        }
    }

    /** Whether the batch should stop; the check threads look before each text. */
    boolean stopping() {
        return cancelled.get();
    }

    void completed(String key, CheckResult result) {
        results.put(key, result);
        finishOne();
    }

    /** Many results at once (those found in the cache), reported as one step of progress. */
    void completedAll(Map<String, CheckResult> settled) {
        if (settled.isEmpty()) {
            return;
        }
        results.putAll(settled);
        finish(settled.size());
    }

    void skipped() {
        finish(1);
    }

    private void finishOne() {
        finish(1);
    }

    private void finish(int count) {
        int now = done.addAndGet(count);
        progress.accept(now, total);
        if (now == total) {
            finished.complete(Map.copyOf(results));
        }
    }

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            for (Future<?> task : tasks) {
                task.cancel(false);
            }
            finished.complete(Map.copyOf(results));
        }
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total;
    }

    /** The results by request key: all of them, or those finished before {@link #cancel()}. */
    public CompletableFuture<Map<String, CheckResult>> results() {
        return finished;
    }
}
