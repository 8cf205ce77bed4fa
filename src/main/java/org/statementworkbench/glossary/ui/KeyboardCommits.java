package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.server.Command;

/**
 * Keyboard actions that read what the person typed. A text field sends its value to the server on change (blur or
 * Enter), so a shortcut pressed while typing would run on the value from before. These actions first make the
 * browser commit the focused field (blur and focus it again), then run.
 */
final class KeyboardCommits {

    /** Blurs and refocuses the focused element, inside shadow roots too, so that its change event fires first. */
    static final String COMMIT_FOCUSED_FIELD = "let ae = document.activeElement;"
            + "while (ae && ae.shadowRoot && ae.shadowRoot.activeElement) { ae = ae.shadowRoot.activeElement; }"
            + "if (ae && ae !== document.body) { ae.blur(); ae.focus(); }";

    private KeyboardCommits() {}

    /**
     * Ctrl+S (and Cmd+S on a Mac) inside {@code owner} runs {@code save} with the field being typed in committed:
     * Vaadin's {@link ShortcutRegistration#resetFocusOnActiveElement()} sends the pending value before the shortcut.
     */
    static void saveShortcut(Component owner, Command save) {
        Shortcuts.addShortcutListener(owner, save, Key.KEY_S, KeyModifier.CONTROL)
                .listenOn(owner)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(owner, save, Key.KEY_S, KeyModifier.META)
                .listenOn(owner)
                .resetFocusOnActiveElement();
    }

    /**
     * Enter in {@code field} runs {@code action} with the field's typed value committed (for fields whose Enter
     * means "add" or "go", not a new line).
     */
    static void enterShortcut(Component field, Command action) {
        Shortcuts.addShortcutListener(field, action, Key.ENTER).listenOn(field).resetFocusOnActiveElement();
    }

    /**
     * Runs {@code then} on the server after the browser has committed the focused field: for actions that come
     * from the browser without a shortcut of ours, such as Escape closing a dialog. The field's value change
     * reaches the server before the round trip that runs {@code then}.
     */
    static void commitFocusedField(Component owner, Runnable then) {
        owner.getElement().executeJs(COMMIT_FOCUSED_FIELD).then(ignored -> then.run(), error -> then.run());
    }
}
