package org.statementworkbench.editor.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.statementworkbench.terminology.TerminologyUpdated;

/** Tells every open editor that the term matchers were rebuilt for a new glossary revision, so they re-check. */
@Component
class TerminologyBroadcaster {

    private final Set<Consumer<TerminologyUpdated>> listeners = ConcurrentHashMap.newKeySet();

    Registration register(Consumer<TerminologyUpdated> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void onUpdated(TerminologyUpdated event) {
        listeners.forEach(listener -> listener.accept(event));
    }
}
