package org.statementworkbench.languagecheck;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one check on a check thread: loads the language if it is not loaded yet (not counted in the text's time),
 * answers from the cache when it can, otherwise checks with the engine and settles the matches against the current
 * glossary. A watchdog answers "not checked" when the text takes longer than the time-out, whatever the engine does;
 * a failure answers "not checked" with its reason. The result future never fails.
 */
final class CheckRunner {

    private static final Logger log = LoggerFactory.getLogger(CheckRunner.class);
    private static final Duration GLOSSARY_WAIT = Duration.ofSeconds(30);

    private final LanguageChecker checker;
    private final CurrentGlossary glossary;
    private final CheckResultCache cache;
    private final Duration timeout;
    private final ScheduledExecutorService watchdog;

    CheckRunner(
            LanguageChecker checker,
            CurrentGlossary glossary,
            CheckResultCache cache,
            Duration timeout,
            ScheduledExecutorService watchdog) {
        this.checker = checker;
        this.watchdog = watchdog;
        this.glossary = glossary;
        this.cache = cache;
        this.timeout = timeout;
    }

    /** The cached result, if the text was checked with these settings and no glossary reload is in progress. */
    @Nullable
    CheckResult cached(CheckRequest r) {
        GlossaryMatchFilter current = glossary.ifLoaded();
        if (current == null) {
            return null;
        }
        List<LanguageMatch> matches = cache.get(key(r), current);
        return matches == null ? null : CheckResult.checked(r.language(), r.text(), matches);
    }

    /** Checks now, on this thread, and completes {@code result}. */
    void run(CheckRequest r, CompletableFuture<CheckResult> result) {
        try {
            if (!checker.ready(r.language())) {
                checker.warmUp(r.language());
            }
            GlossaryMatchFilter current = glossary.now(GLOSSARY_WAIT);
            ScheduledFuture<?> dog = watchdog.schedule(
                    () -> result.complete(CheckResult.notChecked(
                            r.language(),
                            r.text(),
                            "LanguageTool took longer than " + timeout.toMillis() + " ms on this text")),
                    timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                List<LanguageMatch> cached = cache.get(key(r), current);
                List<LanguageMatch> settled = cached != null
                        ? cached
                        : cache.put(key(r), checker.check(r.language(), r.text(), r.settings()), current);
                result.complete(CheckResult.checked(r.language(), r.text(), settled));
            } finally {
                dog.cancel(false);
            }
        } catch (LanguageCheckException e) {
            log.warn("LanguageTool check failed ({}): {}", r.language().code(), e.getMessage());
            result.complete(CheckResult.notChecked(
                    r.language(), r.text(), Objects.toString(e.getMessage(), "LanguageTool failed")));
        } catch (RuntimeException | Error e) {
            log.error("LanguageTool check failed ({})", r.language().code(), e);
            result.complete(CheckResult.notChecked(r.language(), r.text(), "LanguageTool failed: " + e));
        }
    }

    private static CheckResultCache.Key key(CheckRequest r) {
        return CheckResultCache.Key.of(r.language(), r.text(), r.settings());
    }
}
