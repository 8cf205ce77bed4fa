package org.statementworkbench.editor.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statementworkbench.statement.StatementStructureChanged;
import org.statementworkbench.statement.TranslationSaved;

/** Hands every committed save, split and merge to the open editors (which push it to their browsers). */
@Component
class TranslationBroadcaster {

    private final Set<Consumer<TranslationSaved>> listeners = ConcurrentHashMap.newKeySet();
    private final Set<Consumer<StatementStructureChanged>> structureListeners = ConcurrentHashMap.newKeySet();

    Registration register(Consumer<TranslationSaved> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    Registration registerStructure(Consumer<StatementStructureChanged> listener) {
        structureListeners.add(listener);
        return () -> structureListeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onStructureChanged(StatementStructureChanged event) {
        structureListeners.forEach(listener -> listener.accept(event));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onSaved(TranslationSaved event) {
        listeners.forEach(listener -> listener.accept(event));
    }
}
