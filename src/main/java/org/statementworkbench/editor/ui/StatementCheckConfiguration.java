package org.statementworkbench.editor.ui;

import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.statementworkbench.base.BoundedExecutors;

/**
 * The threads that read a statement's segments for the statement check dialog (thousands of segments are no work
 * for a request thread): two, with at most 100 readings waiting; shut down with the context.
 */
@Configuration(proxyBeanMethods = false)
class StatementCheckConfiguration {

    static final String EXECUTOR = "statementCheckReaderExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    ThreadPoolExecutor statementCheckReaderExecutor() {
        return BoundedExecutors.pool("statement-check-reader-", 2, 100);
    }
}
