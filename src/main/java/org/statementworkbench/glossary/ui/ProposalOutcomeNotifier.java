package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.ui.SignedIn;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.ProposalDecided;

/**
 * Tells proposers, wherever they are in the workbench, when a reviewer decides one of their proposals: every
 * browser tab of a signed-in person is registered when it opens and shows a short notification (pushed).
 */
@Component
class ProposalOutcomeNotifier implements VaadinServiceInitListener {

    static final int DURATION_MS = 3000;

    private final UiBroadcasts broadcasts;

    ProposalOutcomeNotifier(UiBroadcasts broadcasts) {
        this.broadcasts = broadcasts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> SignedIn.username()
                        .ifPresent(name -> register(name, init.getUI(), ProposalOutcomeNotifier::show)));
    }

    /** Hands the decisions on {@code username}'s proposals to the listener on {@code ui} while it is open. */
    Registration register(String username, UI ui, Consumer<ProposalDecided> listener) {
        return broadcasts.register(ProposalDecided.class, ui, Echo.DELIVER, decided -> {
            if (decided.proposedBy().equals(username)) {
                listener.accept(decided);
            }
        });
    }

    static String message(ProposalDecided d) {
        return "Your term proposal “" + d.terms() + "” was "
                + d.decision().label().toLowerCase(java.util.Locale.ROOT) + " by " + d.decidedBy()
                + (d.note() == null ? "." : ": " + d.note());
    }

    static Notification show(ProposalDecided d) {
        var n = Notification.show(message(d), DURATION_MS, Notification.Position.BOTTOM_END);
        n.addThemeVariants(
                d.decision() == Approval.APPROVED
                        ? NotificationVariant.LUMO_SUCCESS
                        : NotificationVariant.LUMO_CONTRAST);
        return n;
    }
}
