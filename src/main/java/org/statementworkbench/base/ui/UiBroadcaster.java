package org.statementworkbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events of one kind to the open UIs that listen for them. A listener belongs to a component and hears
 * events only while that component is attached (it is dropped on detach and taken up again on a new attach). It
 * runs inside {@code UI.access} of its UI, so push shows what it changes. Delivery runs on {@code delivery}, never
 * on the publishing thread, which may hold the lock of another person's session. A listener that fails is logged
 * and the others still hear the event. A listener may skip its own echo: an event published from a request of
 * its own UI, which already showed the change.
 *
 * @param <E> the kind of event
 */
public final class UiBroadcaster<E> {

    /** Whether a listener hears events published from a request of its own UI. */
    public enum Echo {
        DELIVER,
        SKIP
    }

    private static final Logger log = LoggerFactory.getLogger(UiBroadcaster.class);

    private final Executor delivery;
    private final Set<Subscription<E>> subscriptions = ConcurrentHashMap.newKeySet();

    public UiBroadcaster(Executor delivery) {
        this.delivery = delivery;
    }

    /** {@code listener} hears every event while {@code owner} is attached, its own echoes too. */
    public Registration register(Component owner, Consumer<? super E> listener) {
        return register(owner, Echo.DELIVER, listener);
    }

    /** {@code listener} hears the events while {@code owner} is attached; {@code echo} says whether its own too. */
    public Registration register(Component owner, Echo echo, Consumer<? super E> listener) {
        var lifetime = new Lifetime<E>(this, echo, listener);
        Registration onAttach = owner.addAttachListener(e -> lifetime.start(e.getUI()));
        Registration onDetach = owner.addDetachListener(e -> lifetime.stop());
        owner.getUI().filter(ui -> owner.isAttached()).ifPresent(lifetime::start);
        return () -> {
            onAttach.remove();
            onDetach.remove();
            lifetime.stop();
        };
    }

    /** Hands {@code event} to every listener; the UI of the current request (if any) is where it came from. */
    public void broadcast(E event) {
        broadcast(event, UI.getCurrent());
    }

    /** Hands {@code event} to every listener, except those that skip echoes of {@code origin}. */
    public void broadcast(E event, @Nullable UI origin) {
        delivery.execute(() -> subscriptions.forEach(s -> deliver(s, event, origin)));
    }

    /** How many listeners hear events now. */
    public int listeners() {
        return subscriptions.size();
    }

    private static <E> void deliver(Subscription<E> s, E event, @Nullable UI origin) {
        if (s.echo == Echo.SKIP && s.ui == origin) {
            return;
        }
        try {
            s.ui.access(() -> {
                try {
                    s.listener.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A UI listener failed on {}", event, e);
                }
            });
        } catch (UIDetachedException e) {
            // closed meanwhile: its detach listener removes it
        } catch (RuntimeException e) {
            log.warn("Could not hand {} to a UI", event, e);
        }
    }

    /** One listener on one UI; equal only to itself, so the same listener may be registered twice. */
    private static final class Subscription<E> {

        final UI ui;
        final Echo echo;
        final Consumer<? super E> listener;

        Subscription(UI ui, Echo echo, Consumer<? super E> listener) {
            this.ui = ui;
            this.echo = echo;
            this.listener = listener;
        }
    }

    /** One listener's subscription, present while its owner is attached. */
    private static final class Lifetime<E> {

        private final UiBroadcaster<E> broadcaster;
        private final Echo echo;
        private final Consumer<? super E> listener;
        private @Nullable Subscription<E> current;

        Lifetime(UiBroadcaster<E> broadcaster, Echo echo, Consumer<? super E> listener) {
            this.broadcaster = broadcaster;
            this.echo = echo;
            this.listener = listener;
        }

        synchronized void start(UI ui) {
            stop();
            Subscription<E> s = new Subscription<>(ui, echo, listener);
            current = s;
            broadcaster.subscriptions.add(s);
        }

        synchronized void stop() {
            Subscription<E> s = current;
            if (s != null) {
                broadcaster.subscriptions.remove(s);
                current = null;
            }
        }
    }
}
