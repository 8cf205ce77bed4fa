package org.statementworkbench.languagecheck;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ApprovedGlossary;
import org.statementworkbench.glossary.GlossarySnapshot;

/**
 * LanguageTool checks for the editor and reports, never on the caller's thread: editor checks and batch checks of
 * whole statements run on two bounded pools of check threads, so an editor check never waits behind a batch. The
 * six languages warm up in the background at start-up (property {@code workbench.languagetool.warm-up}, default
 * on); until its language is ready a check answers {@link CheckResult.Outcome#WARMING}. With warm-up off, a
 * language loads on its first check (on a check thread). Results are cached by language, text and rule settings and
 * settled against the current glossary revision ({@link GlossaryMatchFilter}, built from each new
 * {@link GlossarySnapshot}).
 * A check that fails or takes longer than {@code workbench.languagetool.timeout-ms} (10 s) answers
 * {@link CheckResult.Outcome#NOT_CHECKED} with the reason: no future returned here ever fails.
 */
@Service
public class LanguageCheckService {

    private static final Logger log = LoggerFactory.getLogger(LanguageCheckService.class);
    private static final String BUSY = "LanguageTool is busy; try again in a moment";

    private final LanguageChecker checker;
    private final CurrentGlossary glossary;
    private final CheckResultCache cache;
    private final Duration timeout;
    private final boolean warmUpAtStart;
    private final Set<UnLanguage> warming = ConcurrentHashMap.newKeySet();
    private final ExecutorService editorChecks;
    private final ExecutorService batchChecks;
    private final CheckRunner runner;

    @Autowired
    LanguageCheckService(
            LanguageChecker checker,
            ApprovedGlossary glossary,
            @Value("${workbench.languagetool.warm-up:true}") boolean warmUpAtStart,
            @Value("${workbench.languagetool.cache-size:30000}") int cacheSize,
            @Value("${workbench.languagetool.timeout-ms:10000}") long timeoutMillis,
            @Qualifier(LanguageCheckConfiguration.EDITOR_CHECKS) ExecutorService editorChecks,
            @Qualifier(LanguageCheckConfiguration.BATCH_CHECKS) ExecutorService batchChecks,
            @Qualifier(LanguageCheckConfiguration.WATCHDOG) ScheduledExecutorService watchdog) {
        this(
                checker,
                glossary,
                warmUpAtStart,
                cacheSize,
                Duration.ofMillis(timeoutMillis),
                editorChecks,
                batchChecks,
                watchdog);
    }

    LanguageCheckService(
            LanguageChecker checker,
            ApprovedGlossary glossary,
            boolean warmUpAtStart,
            int cacheSize,
            Duration timeout,
            ExecutorService editorChecks,
            ExecutorService batchChecks,
            ScheduledExecutorService watchdog) {
        this.checker = checker;
        this.glossary = new CurrentGlossary(glossary);
        this.cache = new CheckResultCache(cacheSize);
        this.timeout = timeout;
        this.runner = new CheckRunner(checker, this.glossary, cache, timeout, watchdog);
        this.warmUpAtStart = warmUpAtStart;
        this.editorChecks = editorChecks;
        this.batchChecks = batchChecks;
        if (warmUpAtStart) {
            warming.addAll(Set.of(UnLanguage.values()));
        }
    }

    /** Unless switched off, warms the six languages up, in the background. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (warmUpAtStart) {
            Thread.ofPlatform()
                    .daemon()
                    .name("languagetool-warm-up")
                    .priority(Thread.NORM_PRIORITY - 1)
                    .start(this::warmUpAll);
        }
    }

    private void warmUpAll() {
        for (UnLanguage language : UnLanguage.values()) {
            long start = System.nanoTime();
            try {
                checker.warmUp(language);
                log.info("LanguageTool {} ready in {} ms", language.code(), (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("LanguageTool could not load {}; its checks will say why", language.englishName(), e);
            } finally {
                warming.remove(language);
            }
        }
    }

    /** Builds the glossary filter of a new glossary revision as it is published, before checks are handed it. */
    @EventListener
    void glossaryLoaded(GlossarySnapshot snapshot) {
        glossary.prepare(snapshot);
    }

    /** Whether checks in this language run now, rather than answering "checking available shortly". */
    public boolean ready(UnLanguage language) {
        return checker.ready(language);
    }

    /** Checks one text (a segment) in the background; a text checked before answers at once from the cache. */
    public CompletableFuture<CheckResult> check(UnLanguage language, String text, RuleSettings settings) {
        CheckRequest request = new CheckRequest("", language, text, settings);
        CheckResult known = known(request);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        CompletableFuture<CheckResult> result = new CompletableFuture<>();
        try {
            editorChecks.execute(() -> runner.run(request, result));
        } catch (RejectedExecutionException e) {
            result.complete(CheckResult.notChecked(language, text, BUSY));
        }
        return result;
    }

    /**
     * Checks many texts in the background (all targets of a statement), reporting progress as {@code (done, total)}
     * from the check threads; texts checked before come from the cache at once. Texts whose language is still
     * warming come back as {@link CheckResult.Outcome#WARMING}.
     */
    public BatchCheck checkAll(List<CheckRequest> requests, BiConsumer<Integer, Integer> progress) {
        List<CheckRequest> all = List.copyOf(requests);
        BatchCheck batch = new BatchCheck(all.size(), progress);
        if (all.isEmpty()) {
            return batch;
        }
        try {
            batchChecks.execute(() -> plan(batch, all));
        } catch (RejectedExecutionException e) {
            Map<String, CheckResult> busy = new HashMap<>();
            all.forEach(r -> busy.put(r.key(), CheckResult.notChecked(r.language(), r.text(), BUSY)));
            batch.completedAll(busy);
        }
        return batch;
    }

    private void plan(BatchCheck batch, List<CheckRequest> requests) {
        Map<String, CheckResult> answered = new HashMap<>();
        List<CheckRequest> toCheck = new ArrayList<>();
        for (CheckRequest request : requests) {
            CheckResult known = known(request);
            if (known != null) {
                answered.put(request.key(), known);
            } else {
                toCheck.add(request);
            }
        }
        batch.completedAll(answered);
        List<Future<?>> tasks = new ArrayList<>(toCheck.size());
        for (CheckRequest request : toCheck) {
            try {
                tasks.add(batchChecks.submit(() -> {
                    if (batch.stopping()) {
                        batch.skipped();
                        return;
                    }
                    CompletableFuture<CheckResult> result = new CompletableFuture<>();
                    result.thenAccept(r -> batch.completed(request.key(), r));
                    runner.run(request, result);
                }));
            } catch (RejectedExecutionException e) {
                batch.completed(request.key(), CheckResult.notChecked(request.language(), request.text(), BUSY));
            }
        }
        batch.started(tasks);
    }

    /** The suggestions of a match, computed when a person opens it; empty if they cannot be computed. */
    public CompletableFuture<List<String>> suggestions(UnLanguage language, String text, LanguageMatch match) {
        if (!match.suggestionsPending()) {
            return CompletableFuture.completedFuture(match.suggestions());
        }
        try {
            return CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    return checker.suggestions(language, text, match);
                                } catch (RuntimeException e) {
                                    log.warn(
                                            "No suggestions for {} in {}: {}",
                                            match.ruleId(),
                                            language.code(),
                                            e.getMessage());
                                    return List.<String>of();
                                }
                            },
                            editorChecks)
                    .completeOnTimeout(List.of(), timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(List.of());
        }
    }

    /** The answer for a request that needs no check thread: a cached result, or "warming". */
    private @Nullable CheckResult known(CheckRequest r) {
        CheckResult cached = runner.cached(r);
        if (cached != null) {
            return cached;
        }
        return warming.contains(r.language()) && !checker.ready(r.language())
                ? CheckResult.warming(r.language(), r.text())
                : null;
    }

    /** The glossary revision checks are settled against now; -1 while a new one loads (for tests). */
    long glossaryRevision() {
        GlossaryMatchFilter f = glossary.ifLoaded();
        return f == null ? -1 : f.revision();
    }

    /** How the cache does (for tests and the benchmark). */
    CheckResultCache cache() {
        return cache;
    }

    @PreDestroy
    void stop() {
        log.info("LanguageTool result cache: {} entries, {}", cache.size(), cache.stats());
    }
}
