package org.statementworkbench.editor.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statementworkbench.languagecheck.LanguageRulesChanged;

/** Tells every open editor that LanguageTool rules were switched off or on (after commit), so they check again. */
@Component
class LanguageRulesBroadcaster {

    private final Set<Consumer<LanguageRulesChanged>> listeners = ConcurrentHashMap.newKeySet();

    Registration register(Consumer<LanguageRulesChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener
    void onChanged(LanguageRulesChanged event) {
        listeners.forEach(listener -> listener.accept(event));
    }
}
