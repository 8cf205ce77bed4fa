package org.statementworkbench.memory;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.BoundedExecutor;

/**
 * The memory's one writer thread: it records approved segments as units and brings the index up to date, in the
 * order they come, so that no two writes of one unit race. The queue holds a burst of approvals (a statement
 * approved at once); syncs are folded. A task that must wait until the queue has drained (the catch-up after an
 * overflow, {@link ApprovedSegments}) is given to {@link #whenDrained}: it runs on this thread after the last queued
 * task, whoever queued it, and requests made before it ran are folded into one run.
 */
@Component
class MemoryExecutor extends BoundedExecutor {

    private static final Logger log = LoggerFactory.getLogger(MemoryExecutor.class);

    static final int QUEUE = 10_000;

    private final AtomicReference<@Nullable Runnable> whenDrained = new AtomicReference<>();

    MemoryExecutor() {
        this(QUEUE);
    }

    /** With a queue of this many tasks (tests fill a small one). */
    MemoryExecutor(int queue) {
        super("memory-", 1, queue);
    }

    /**
     * Runs {@code task} on the writer thread once no task is queued: after the task that empties the queue, or at
     * once if there is none. If the queue is full now, one of the queued tasks will be that last one; if the executor
     * is shut down, the task does not run (the start-up catch-up does its work next time).
     */
    void whenDrained(Runnable task) {
        whenDrained.set(task);
        try {
            execute(() -> {});
        } catch (RejectedExecutionException full) {
            // the queue is full (a queued task will run it when it ends) or the executor is shut down
        }
    }

    @Override
    protected void afterExecute(Runnable r, @Nullable Throwable t) {
        super.afterExecute(r, t);
        if (getQueue().isEmpty()) {
            Runnable task = whenDrained.getAndSet(null);
            if (task != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("The memory's task after its queue drained failed", e);
                }
            }
        }
    }
}
