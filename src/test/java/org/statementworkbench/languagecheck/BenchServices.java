package org.statementworkbench.languagecheck;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.statementworkbench.glossary.ApprovedGlossary;
import org.statementworkbench.glossary.GlossarySnapshot;

/**
 * The check service outside Spring, for tests and the benchmark: its check threads made as the application makes
 * them (shut down by {@link #stop}), its glossary an {@link ApprovedGlossary} over a supplier of snapshots.
 */
public final class BenchServices {

    private static final Map<LanguageCheckService, List<ExecutorService>> THREADS = new ConcurrentHashMap<>();

    private BenchServices() {}

    /** A service over this engine with a result cache of {@code cacheSize} texts (0: every text is checked). */
    public static LanguageCheckService service(LanguageChecker engine, int cacheSize) {
        LanguageCheckService service = service(
                engine,
                glossary(() -> GlossarySnapshot.EMPTY),
                false,
                cacheSize,
                InProcessLanguageChecker.DEFAULT_TIMEOUT);
        service.start();
        return service;
    }

    /** A glossary whose loads read {@code stored} (a snapshot of the revision already loaded counts as no change). */
    static TestGlossary glossary(Supplier<GlossarySnapshot> stored) {
        List<Consumer<GlossarySnapshot>> subscribers = new CopyOnWriteArrayList<>();
        ExecutorService loader = Executors.newSingleThreadExecutor();
        ApprovedGlossary glossary = new ApprovedGlossary(
                known -> {
                    GlossarySnapshot s = stored.get();
                    return s.revision() == known.revision() ? known : s;
                },
                s -> subscribers.forEach(c -> c.accept(s)),
                loader);
        return new TestGlossary(glossary, subscribers, loader);
    }

    /** An approved glossary with its subscribers and loading thread. */
    record TestGlossary(
            ApprovedGlossary glossary, List<Consumer<GlossarySnapshot>> subscribers, ExecutorService loader) {}

    /** A service over this engine and glossary, subscribed to it as the application subscribes it. */
    static LanguageCheckService service(
            LanguageChecker engine, TestGlossary glossary, boolean warmUp, int cacheSize, Duration timeout) {
        ExecutorService editor = LanguageCheckConfiguration.editorChecks();
        ExecutorService batch = LanguageCheckConfiguration.batchChecks();
        ScheduledExecutorService watchdog = LanguageCheckConfiguration.watchdog();
        LanguageCheckService service = new LanguageCheckService(
                engine, glossary.glossary(), warmUp, cacheSize, timeout, editor, batch, watchdog);
        glossary.subscribers().add(service::glossaryLoaded);
        THREADS.put(service, List.of(editor, batch, watchdog, glossary.loader()));
        return service;
    }

    public static void stop(LanguageCheckService service) {
        service.stop();
        THREADS.getOrDefault(service, List.of()).forEach(ExecutorService::shutdownNow);
        THREADS.remove(service);
    }

    public static long cacheHits(LanguageCheckService service) {
        return service.cache().hits();
    }
}
