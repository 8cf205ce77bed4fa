package org.statementworkbench.terminology;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The thread that rebuilds the {@link TerminologyIndex}'s matchers: one, with a short queue (rebuilds are folded,
 * so at most one waits); shut down with the context.
 */
@Configuration(proxyBeanMethods = false)
class TerminologyConfiguration {

    static final String EXECUTOR = "terminologyIndexExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    ThreadPoolExecutor terminologyIndexExecutor() {
        var threads = new CustomizableThreadFactory("terminology-index-");
        threads.setDaemon(true);
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(4), threads);
    }
}
