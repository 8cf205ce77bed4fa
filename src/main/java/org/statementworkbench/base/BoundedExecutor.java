package org.statementworkbench.base;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * A thread pool of a module: a fixed number of named daemon threads, which end after 30 s idle, and a bounded
 * queue (a task beyond it is rejected with {@link java.util.concurrent.RejectedExecutionException}). A module
 * declares its pool as a small {@code @Component} subclass that names it and sets its bounds, and takes that class
 * where it runs tasks; as a bean it is shut down ({@link #shutdownNow()}) with the context.
 */
public class BoundedExecutor extends ThreadPoolExecutor implements DisposableBean {

    /** Threads named {@code name1}, {@code name2}, ... at this priority. */
    public BoundedExecutor(String name, int threads, int queue, int priority) {
        super(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue), threadFactory(name, priority));
        allowCoreThreadTimeOut(true);
    }

    /** Threads at normal priority. */
    public BoundedExecutor(String name, int threads, int queue) {
        this(name, threads, queue, Thread.NORM_PRIORITY);
    }

    private static CustomizableThreadFactory threadFactory(String name, int priority) {
        var factory = new CustomizableThreadFactory(name);
        factory.setDaemon(true);
        factory.setThreadPriority(priority);
        return factory;
    }

    @Override
    public void destroy() {
        shutdownNow();
    }
}
