package org.statementworkbench.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;

/**
 * A UI without a session for tests: {@code access} runs the command at once on the calling thread, as Vaadin does
 * when the session's lock is free, and records which threads called it and whether a command is running.
 */
public class ImmediateUi extends UI {

    private final List<Thread> accessThreads = new CopyOnWriteArrayList<>();
    private volatile boolean inAccess;

    @Override
    public Future<Void> access(Command command) {
        accessThreads.add(Thread.currentThread());
        inAccess = true;
        try {
            command.execute();
        } finally {
            inAccess = false;
        }
        return CompletableFuture.completedFuture(null);
    }

    /** The threads that called {@code access}, in order. */
    public List<Thread> accessThreads() {
        return accessThreads;
    }

    /** Whether a command given to {@code access} is running now. */
    public boolean inAccess() {
        return inAccess;
    }
}
