package org.statementworkbench;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The suite runs three Spring contexts (MariaDB mock web, MariaDB on a real port for the browser tests, and H2).
 * Each installs its own Vaadin-aware {@link SecurityContextHolderStrategy} as the JVM-wide one when it starts,
 * while its method security keeps using its own instance. Before each test class and method this makes the
 * JVM-wide strategy the one of the context the test runs in, so a signed-in test user is seen by the services.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        SecurityContextHolderStrategy strategy = testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
