package org.statementworkbench.terminology;

import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.statementworkbench.base.BoundedExecutors;

/**
 * The thread that rebuilds the {@link TerminologyIndex}'s matchers: one, with a short queue (rebuilds are folded,
 * so at most one waits); shut down with the context.
 */
@Configuration(proxyBeanMethods = false)
class TerminologyConfiguration {

    static final String EXECUTOR = "terminologyIndexExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    ThreadPoolExecutor terminologyIndexExecutor() {
        return BoundedExecutors.pool("terminology-index-", 1, 4);
    }
}
