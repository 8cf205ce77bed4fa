package org.statementworkbench.editor.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statementworkbench.statement.TranslationSaved;

/** Hands every committed save to the open editors (which push it to their browsers). */
@Component
class TranslationBroadcaster {

    private final Set<Consumer<TranslationSaved>> listeners = ConcurrentHashMap.newKeySet();

    Registration register(Consumer<TranslationSaved> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onSaved(TranslationSaved event) {
        listeners.forEach(listener -> listener.accept(event));
    }
}
