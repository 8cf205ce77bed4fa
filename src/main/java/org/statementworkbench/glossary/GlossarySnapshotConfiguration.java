package org.statementworkbench.glossary;

import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.statementworkbench.base.BoundedExecutors;

/**
 * The thread that loads the {@link GlossarySnapshot}: one, with a short queue (loads are folded, so at most one
 * waits); shut down with the context.
 */
@Configuration(proxyBeanMethods = false)
class GlossarySnapshotConfiguration {

    static final String EXECUTOR = "glossarySnapshotExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    ThreadPoolExecutor glossarySnapshotExecutor() {
        return BoundedExecutors.pool("glossary-snapshot-", 1, 4);
    }
}
