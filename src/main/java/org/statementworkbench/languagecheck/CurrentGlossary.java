package org.statementworkbench.languagecheck;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The glossary filter checks are settled with, loaded in the background and reloaded after each glossary change
 * (changes arriving while a reload waits are folded into it). From the moment a change is announced, checks wait
 * for the new filter (on check threads, never on the caller's), so a check never uses a glossary older than the
 * latest announced change; if loading fails, the last loaded filter stays in use.
 */
final class CurrentGlossary implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CurrentGlossary.class);

    private final Supplier<GlossaryMatchFilter> source;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("languagetool-glossary").factory());
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile CompletableFuture<GlossaryMatchFilter> current = new CompletableFuture<>();
    private volatile GlossaryMatchFilter lastLoaded = GlossaryMatchFilter.NONE;

    CurrentGlossary(Supplier<GlossaryMatchFilter> source) {
        this.source = source;
    }

    /** Loads the glossary again in the background; checks from now on use the result. */
    void reload() {
        if (!reloadQueued.compareAndSet(false, true)) {
            return; // a reload that has not started yet will read the latest glossary
        }
        CompletableFuture<GlossaryMatchFilter> next = new CompletableFuture<>();
        CompletableFuture<GlossaryMatchFilter> previous = current;
        current = next;
        loader.execute(() -> {
            reloadQueued.set(false);
            try {
                long start = System.nanoTime();
                GlossaryMatchFilter loaded = source.get();
                lastLoaded = loaded;
                log.info(
                        "LanguageTool matches settled against glossary revision {} (loaded in {} ms)",
                        loaded.revision(),
                        (System.nanoTime() - start) / 1_000_000);
                next.complete(loaded);
            } catch (RuntimeException e) {
                log.error(
                        "Loading the glossary for LanguageTool failed; revision {} stays in use",
                        lastLoaded.revision(),
                        e);
                next.complete(lastLoaded);
            }
            if (!previous.isDone()) {
                previous.complete(next.join());
            }
        });
    }

    /** The filter to use now, waiting up to {@code wait} for a reload in progress (then the last loaded one). */
    GlossaryMatchFilter now(Duration wait) {
        try {
            return current.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return lastLoaded;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return lastLoaded;
        }
    }

    /** The filter, if no reload is in progress; null while one is. */
    @Nullable
    GlossaryMatchFilter ifLoaded() {
        CompletableFuture<GlossaryMatchFilter> c = current;
        return c.isDone() ? c.getNow(lastLoaded) : null;
    }

    @Override
    public void close() {
        loader.shutdownNow();
    }
}
