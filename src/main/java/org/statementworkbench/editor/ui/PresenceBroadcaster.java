package org.statementworkbench.editor.ui;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.statementworkbench.editor.PresenceChanged;

/**
 * Hands every change of who has which segment open to the open editors (which push it to their browsers), in
 * order, on a thread of its own: the thread that published it (a request of one person, a closing session) never
 * runs updates of other people's UIs, whose sessions it would have to lock.
 */
@Component
class PresenceBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(PresenceBroadcaster.class);
    /** Changes waiting for delivery at most; more means the editors are far behind, and the oldest are dropped. */
    static final int QUEUE = 10_000;

    private final Set<Consumer<PresenceChanged>> listeners = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor delivery = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "editor-presence");
                t.setDaemon(true);
                return t;
            }, (task, pool) -> log.warn("{} presence changes wait for delivery; one was dropped", QUEUE));

    Registration register(Consumer<PresenceChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void onChanged(PresenceChanged event) {
        delivery.execute(() -> deliver(event));
    }

    private void deliver(PresenceChanged event) {
        for (Consumer<PresenceChanged> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // one closed or failing editor must not keep the others from hearing it
                log.warn("An editor did not take a presence change", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
