package org.statementworkbench;

import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.internal.UIInternals.JavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A browserless view test whose people sign in with {@link TestSignIn}: it signs out only after Vaadin's
 * clean-up, which still runs queued UI updates as the signed-in user.
 */
public abstract class SignedInBrowserlessTest extends SpringBrowserlessTest {

    /** Runs the UI updates that background threads queued with {@code UI.access} while the test holds the session. */
    protected static void runUiUpdates() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    /**
     * Runs the queued UI updates, as push would, until {@code condition} holds (at most 20 s). Polls in the test's
     * own thread: the Vaadin session is bound to it.
     */
    protected static void runUiUpdatesUntil(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .pollInSameThread()
                .until(() -> {
                    runUiUpdates();
                    return condition.getAsBoolean();
                });
    }

    /**
     * The calls of a JavaScript function of this component's element that the server queued since the last round
     * trip, in order: after a round trip, as the browser would receive them.
     */
    protected List<JavaScriptInvocation> calls(Component component, String function) {
        roundTrip();
        var node = component.getElement().getNode();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(call -> call.getOwner() == node)
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(call -> call.getExpression().contains(function))
                .toList();
    }

    @Override
    protected void cleanVaadinEnvironment() {
        try {
            super.cleanVaadinEnvironment();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
