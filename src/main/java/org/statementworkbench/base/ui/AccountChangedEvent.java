package org.statementworkbench.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * Fired on a UI when an administrator changed the roles or working languages of the person using it: the frame
 * rebuilds what depends on them (the menu, the roles shown). Fired by the security module's UI side, so that
 * the base never imports a feature.
 */
public class AccountChangedEvent extends ComponentEvent<UI> {

    public AccountChangedEvent(UI ui) {
        super(ui, false);
    }
}
