package org.statementworkbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statementworkbench.base.events.DomainEvent;

/**
 * The one way open UIs hear domain events: every committed {@link DomainEvent} goes to the {@link UiBroadcaster}
 * of its type, which hands it to the UIs listening for it. Views register here; nothing else pushes to UIs.
 */
@org.springframework.stereotype.Component
public class UiBroadcasts {

    private final Executor delivery;
    private final Map<Class<?>, UiBroadcaster<?>> byType = new ConcurrentHashMap<>();

    UiBroadcasts(@Qualifier(UiBroadcastConfiguration.EXECUTOR) Executor delivery) {
        this.delivery = delivery;
    }

    /** {@code listener} hears the committed events of {@code type} while {@code owner} is attached. */
    public <E extends DomainEvent> Registration register(
            Class<E> type, Component owner, UiBroadcaster.Echo echo, Consumer<? super E> listener) {
        return of(type).register(owner, echo, listener);
    }

    /** The broadcaster of {@code type}. */
    @SuppressWarnings("unchecked")
    public <E extends DomainEvent> UiBroadcaster<E> of(Class<E> type) {
        return (UiBroadcaster<E>) byType.computeIfAbsent(type, t -> new UiBroadcaster<>(delivery));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(DomainEvent event) {
        UiBroadcaster<?> broadcaster = byType.get(event.getClass());
        if (broadcaster != null) {
            broadcast(broadcaster, event);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E> void broadcast(UiBroadcaster<E> broadcaster, Object event) {
        broadcaster.broadcast((E) event);
    }
}
