package org.statementworkbench.glossary.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statementworkbench.glossary.GlossaryChanged;

/**
 * Tells open proposal queues that the glossary changed (a proposal was made or decided, among other changes), after
 * the change was committed, so they can offer the reviewer the current queue.
 */
@Component
class ProposalQueueUpdates {

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

    Registration register(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void glossaryChanged(GlossaryChanged event) {
        listeners.forEach(Runnable::run);
    }
}
