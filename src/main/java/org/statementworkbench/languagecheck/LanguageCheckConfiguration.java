package org.statementworkbench.languagecheck;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.statementworkbench.base.BoundedExecutor;

/**
 * Chooses the LanguageTool engine: in this process by default; LanguageTool HTTP servers when
 * {@code workbench.languagetool.servers} lists them (comma-separated; a bad address stops the start-up, naming it).
 * Declares the check threads, shut down with the context: editor checks and batch checks on two bounded pools (one
 * thread per core each, below normal priority, so an editor check never waits behind a batch), and the watchdog
 * that answers "not checked" when a text takes too long (one thread; it holds one entry per running check).
 */
@Configuration(proxyBeanMethods = false)
class LanguageCheckConfiguration {

    static final String EDITOR_CHECKS = "languageToolEditorExecutor";
    static final String BATCH_CHECKS = "languageToolBatchExecutor";
    static final String WATCHDOG = "languageToolWatchdog";

    @Bean(destroyMethod = "close")
    LanguageChecker languageChecker(@Value("${workbench.languagetool.servers:}") String servers) {
        return servers.isBlank() ? new InProcessLanguageChecker() : new RemoteLanguageChecker(servers);
    }

    @Bean(EDITOR_CHECKS)
    ThreadPoolExecutor languageToolEditorExecutor() {
        return editorChecks();
    }

    @Bean(BATCH_CHECKS)
    ThreadPoolExecutor languageToolBatchExecutor() {
        return batchChecks();
    }

    @Bean(name = WATCHDOG, destroyMethod = "shutdownNow")
    ScheduledThreadPoolExecutor languageToolWatchdog() {
        return watchdog();
    }

    /** Checks of one segment for the editor: at most 1,000 waiting. */
    static ThreadPoolExecutor editorChecks() {
        return pool("languagetool-editor-", 1_000);
    }

    /** Checks of whole statements: at most 200,000 texts waiting. */
    static ThreadPoolExecutor batchChecks() {
        return pool("languagetool-batch-", 200_000);
    }

    static ScheduledThreadPoolExecutor watchdog() {
        var threads = new CustomizableThreadFactory("languagetool-watchdog-");
        threads.setDaemon(true);
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, threads);
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }

    private static ThreadPoolExecutor pool(String name, int queue) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new BoundedExecutor(name, threads, queue, Thread.NORM_PRIORITY - 1);
    }
}
