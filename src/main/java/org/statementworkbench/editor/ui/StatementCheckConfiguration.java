package org.statementworkbench.editor.ui;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The threads that read a statement's segments for the statement check dialog (thousands of segments are no work
 * for a request thread): two, with at most 100 readings waiting; shut down with the context.
 */
@Configuration(proxyBeanMethods = false)
class StatementCheckConfiguration {

    static final String EXECUTOR = "statementCheckReaderExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    ThreadPoolExecutor statementCheckReaderExecutor() {
        var threads = new CustomizableThreadFactory("statement-check-reader-");
        threads.setDaemon(true);
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(100), threads);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
