package org.statementworkbench.languagecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.statementworkbench.base.UnLanguage;

/**
 * LanguageTool checks for the editor and reports: never on the caller's thread (a bounded pool of check threads),
 * with the six languages warmed up in the background at start-up so the workbench is usable at once. A language
 * still warming answers {@link CheckResult.Outcome#WARMING}; a failing check answers
 * {@link CheckResult.Outcome#NOT_CHECKED} with the reason.
 */
@Service
public class LanguageCheckService {

    private static final Logger log = LoggerFactory.getLogger(LanguageCheckService.class);
    private static final int QUEUE_LIMIT = 50_000;

    private final LanguageChecker checker;
    private final ExecutorService checks;

    LanguageCheckService(LanguageChecker checker) {
        this.checker = checker;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.checks = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(QUEUE_LIMIT), r -> {
                    Thread t = new Thread(r, "languagetool-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                });
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofPlatform().daemon().name("languagetool-warm-up").start(() -> {
            for (UnLanguage language : UnLanguage.values()) {
                long start = System.nanoTime();
                try {
                    checker.warmUp(language);
                    log.info("LanguageTool {} ready in {} ms", language.code(), (System.nanoTime() - start) / 1_000_000);
                } catch (RuntimeException e) {
                    log.error("LanguageTool could not load {}", language.englishName(), e);
                }
            }
        });
    }

    /** Whether checks in this language run now, rather than answering "checking available shortly". */
    public boolean ready(UnLanguage language) {
        return checker.ready(language);
    }

    /** Checks one text in the background. The future never fails: problems come back as "not checked". */
    public CompletableFuture<CheckResult> check(UnLanguage language, String text, RuleSettings settings) {
        if (!checker.ready(language)) {
            return CompletableFuture.completedFuture(CheckResult.warming(language, text));
        }
        try {
            return CompletableFuture.supplyAsync(() -> checkNow(language, text, settings), checks);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(
                    CheckResult.notChecked(language, text, "LanguageTool is busy; try again in a moment"));
        }
    }

    private CheckResult checkNow(UnLanguage language, String text, RuleSettings settings) {
        try {
            return CheckResult.checked(language, text, checker.check(language, text, settings));
        } catch (LanguageCheckException e) {
            log.warn("LanguageTool check failed ({}): {}", language.code(), e.getMessage());
            return CheckResult.notChecked(language, text, e.getMessage());
        }
    }

    /**
     * Checks many texts in the background (all targets of a statement), reporting progress as {@code (done, total)}
     * from the check threads. Texts whose language is still warming come back as {@link CheckResult.Outcome#WARMING}.
     */
    public BatchCheck checkAll(List<CheckRequest> requests, BiConsumer<Integer, Integer> progress) {
        BatchCheck batch = new BatchCheck(requests.size(), progress);
        List<Future<?>> submitted = new ArrayList<>(requests.size());
        for (CheckRequest request : requests) {
            Runnable task = () -> {
                if (batch.stopping()) {
                    batch.skipped();
                } else if (!checker.ready(request.language())) {
                    batch.completed(request.key(), CheckResult.warming(request.language(), request.text()));
                } else {
                    batch.completed(request.key(), checkNow(request.language(), request.text(), request.settings()));
                }
            };
            try {
                submitted.add(checks.submit(task));
            } catch (RejectedExecutionException e) {
                batch.completed(request.key(), CheckResult.notChecked(request.language(), request.text(),
                        "LanguageTool is busy; try again in a moment"));
            }
        }
        batch.started(submitted);
        return batch;
    }

    /** The suggestions of a match, computed when a person opens it. */
    public CompletableFuture<List<String>> suggestions(UnLanguage language, String text, LanguageMatch match) {
        if (!match.suggestionsPending()) {
            return CompletableFuture.completedFuture(match.suggestions());
        }
        return CompletableFuture.supplyAsync(() -> checker.suggestions(language, text, match), checks);
    }
}
