package org.statementworkbench.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Unexpected errors: logged in full, shown to the user as a plain message, never as a stack trace. A refusal
 * that names its reason (an account disabled meanwhile, a language that is not theirs) shows that reason; Spring's
 * bare "Access Denied" becomes a sentence.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(MainErrorHandler::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message;
        if (rootOf(error) instanceof AccessDeniedException denied) {
            message = reasonOf(denied);
            log.warn("Access denied: {}", denied.getMessage());
        } else {
            message = "Something went wrong; nothing was saved by this action. The error has been logged.";
            log.error("Unexpected error", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    static String reasonOf(AccessDeniedException denied) {
        String reason = denied.getMessage();
        return reason == null || reason.isBlank() || reason.equalsIgnoreCase("Access Denied")
                ? "You do not have permission to do that."
                : reason;
    }

    private static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current) {
            if (current instanceof AccessDeniedException) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }
}
