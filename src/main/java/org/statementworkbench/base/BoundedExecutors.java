package org.statementworkbench.base;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The thread pools modules declare as Spring beans (with {@code destroyMethod = "shutdownNow"}): a fixed number of
 * named daemon threads, which end after 30 s idle, and a bounded queue (a task beyond it is rejected with
 * {@link java.util.concurrent.RejectedExecutionException}).
 */
public final class BoundedExecutors {

    private BoundedExecutors() {}

    /** Threads named {@code name1}, {@code name2}, ... at this priority. */
    public static ThreadPoolExecutor pool(String name, int threads, int queue, int priority) {
        var factory = new CustomizableThreadFactory(name);
        factory.setDaemon(true);
        factory.setThreadPriority(priority);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Threads at normal priority. */
    public static ThreadPoolExecutor pool(String name, int threads, int queue) {
        return pool(name, threads, queue, Thread.NORM_PRIORITY);
    }
}
