package org.statementworkbench.glossary;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one owner of the {@link GlossarySnapshot}: loads it on the {@code glossary-snapshot} thread when the
 * application is ready and after each committed {@link GlossaryChanged} (changes arriving while a load waits are
 * folded into it; a revision already loaded is not read again), and publishes each new snapshot to the subscribers
 * (in the application: a Spring application event carrying the snapshot, heard on the loading thread before
 * {@link #now} hands it out). If a load fails, the last complete snapshot stays in use and the failure is logged.
 * From the moment a change is announced, {@link #now} waits (bounded) for the new snapshot, so a caller never uses a
 * glossary older than the latest announced change; {@link #ifLoaded} tells whether a load is in progress.
 */
@Component
public class ApprovedGlossary {

    private static final Logger log = LoggerFactory.getLogger(ApprovedGlossary.class);

    private final UnaryOperator<GlossarySnapshot> source;
    private final Consumer<GlossarySnapshot> subscribers;
    private final Executor loader;
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile CompletableFuture<GlossarySnapshot> current = new CompletableFuture<>();
    private volatile GlossarySnapshot lastLoaded = GlossarySnapshot.EMPTY;

    @Autowired
    ApprovedGlossary(GlossaryTerms terms, ApplicationEventPublisher events, GlossarySnapshotExecutor loader) {
        this(terms::snapshot, events::publishEvent, loader);
    }

    /**
     * A glossary outside Spring (tests, tools).
     *
     * @param source the snapshot of the stored glossary, given the last one loaded (returned as it is when the
     *     revision has not changed)
     * @param subscribers hears each new snapshot, on the loading thread
     */
    public ApprovedGlossary(
            UnaryOperator<GlossarySnapshot> source, Consumer<GlossarySnapshot> subscribers, Executor loader) {
        this.source = source;
        this.subscribers = subscribers;
        this.loader = loader;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        reload();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void glossaryChanged(GlossaryChanged event) {
        reload();
    }

    /** Loads the glossary again in the background; {@link #now} waits for the result from now on. */
    public void reload() {
        started.set(true);
        if (!reloadQueued.compareAndSet(false, true)) {
            return; // a load that has not started yet will read the latest glossary
        }
        CompletableFuture<GlossarySnapshot> next = new CompletableFuture<>();
        CompletableFuture<GlossarySnapshot> previous = current;
        current = next;
        try {
            loader.execute(() -> load(next, previous));
        } catch (RejectedExecutionException e) { // shutting down
            reloadQueued.set(false);
            next.complete(lastLoaded);
            previous.complete(lastLoaded);
        }
    }

    private void load(CompletableFuture<GlossarySnapshot> next, CompletableFuture<GlossarySnapshot> previous) {
        reloadQueued.set(false);
        GlossarySnapshot known = lastLoaded;
        try {
            long start = System.nanoTime();
            GlossarySnapshot loaded = source.apply(known);
            if (loaded != known) {
                reads.incrementAndGet();
                lastLoaded = loaded;
                log.info(
                        "Glossary revision {} loaded: {} terms in {} languages, in {} ms",
                        loaded.revision(),
                        loaded.size(),
                        loaded.terms().size(),
                        (System.nanoTime() - start) / 1_000_000);
                publish(loaded);
            }
        } catch (RuntimeException e) {
            log.error("Loading the glossary failed; revision {} stays in use", known.revision(), e);
        }
        next.complete(lastLoaded);
        previous.complete(lastLoaded);
    }

    private void publish(GlossarySnapshot loaded) {
        try {
            subscribers.accept(loaded);
        } catch (RuntimeException e) {
            log.error("A subscriber of glossary revision {} failed", loaded.revision(), e);
        }
    }

    /**
     * The snapshot to use now, waiting up to {@code wait} for a load in progress (then the last complete one). The
     * first call starts the first load if the application has not.
     */
    public GlossarySnapshot now(Duration wait) {
        if (!started.get()) {
            reload();
        }
        try {
            return current.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return lastLoaded;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return lastLoaded;
        }
    }

    /** The snapshot, if no load is in progress; null while one is (or before the first). */
    public @Nullable GlossarySnapshot ifLoaded() {
        CompletableFuture<GlossarySnapshot> c = current;
        return c.isDone() ? c.getNow(lastLoaded) : null;
    }

    /** The last complete snapshot, never waiting ({@link GlossarySnapshot#EMPTY} before the first load). */
    public GlossarySnapshot lastLoaded() {
        return lastLoaded;
    }

    /** How many times the terms were read (once per new revision; for tests). */
    public int reads() {
        return reads.get();
    }
}
