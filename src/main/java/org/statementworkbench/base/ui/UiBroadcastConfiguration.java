package org.statementworkbench.base.ui;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The thread that hands events to open UIs: one, so each UI hears events in the order they were published, with
 * a bounded queue (when UIs fall that far behind, the newest event is dropped and logged). Shut down with the
 * context. Its type is a plain executor, not a Spring {@code TaskExecutor}, so Vaadin's and Boot's own task
 * executor stay the only ones of that type ({@code spring.task.execution.mode=force} keeps Boot's).
 */
@Configuration(proxyBeanMethods = false)
class UiBroadcastConfiguration {

    static final String EXECUTOR = "uiBroadcastExecutor";
    /** Events waiting for delivery at most. */
    static final int QUEUE = 10_000;

    private static final Logger log = LoggerFactory.getLogger(UiBroadcastConfiguration.class);

    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    ThreadPoolExecutor uiBroadcastExecutor() {
        var threads = new CustomizableThreadFactory("ui-broadcast-");
        threads.setDaemon(true);
        return new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(QUEUE),
                threads,
                (task, pool) -> log.warn("{} events wait for delivery to open UIs; one was dropped", QUEUE));
    }
}
