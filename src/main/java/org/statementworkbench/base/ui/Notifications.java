package org.statementworkbench.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The kinds of notification the workbench shows: success (short), information (as long as it takes to read) and
 * error (in the middle, long). Success and information appear at the bottom right, away from the editor's action
 * row and the menu's sign-out at the bottom left.
 */
public final class Notifications {

    private Notifications() {}

    public static Notification success(String message) {
        var n = Notification.show(message, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification info(String message, int millis) {
        return Notification.show(message, millis, Notification.Position.BOTTOM_END);
    }

    public static Notification error(String message) {
        var n = new Notification(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
        return n;
    }
}
