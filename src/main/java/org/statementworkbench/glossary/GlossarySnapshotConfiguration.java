package org.statementworkbench.glossary;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The thread that loads the {@link GlossarySnapshot}: one, with a short queue (loads are folded, so at most one
 * waits); shut down with the context.
 */
@Configuration(proxyBeanMethods = false)
class GlossarySnapshotConfiguration {

    static final String EXECUTOR = "glossarySnapshotExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    ThreadPoolExecutor glossarySnapshotExecutor() {
        var threads = new CustomizableThreadFactory("glossary-snapshot-");
        threads.setDaemon(true);
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(4), threads);
    }
}
