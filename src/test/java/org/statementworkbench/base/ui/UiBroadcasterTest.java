package org.statementworkbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;

class UiBroadcasterTest {

    /** Runs delivery at once, so a test can assert right after broadcasting. */
    private static final Executor AT_ONCE = Runnable::run;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-delivery"));

    /** A broadcaster delivering at once, and what its listeners heard (fresh for each test). */
    private final UiBroadcaster<String> broadcaster = new UiBroadcaster<>(AT_ONCE);

    private final List<String> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void aListenerHearsEventsWhileItsComponentIsAttachedOnly() {
        var ui = new ImmediateUi();
        var owner = new Div();
        broadcaster.register(owner, heard::add);
        broadcaster.broadcast("before attach", null);

        ui.add(owner);
        broadcaster.broadcast("attached", null);
        ui.remove(owner);
        broadcaster.broadcast("detached", null);
        assertThat(broadcaster.listeners()).isZero();
        ui.add(owner);
        broadcaster.broadcast("attached again", null);

        assertThat(heard).containsExactly("attached", "attached again");
    }

    @Test
    void aRemovedRegistrationHearsNothingEvenWhenAttachedAgain() {
        var ui = new ImmediateUi();
        var owner = new Div();
        ui.add(owner);
        var registration = broadcaster.register(owner, heard::add);
        registration.remove();
        ui.remove(owner);
        ui.add(owner);
        broadcaster.broadcast("after removal", null);

        assertThat(heard).isEmpty();
        assertThat(broadcaster.listeners()).isZero();
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() {
        var failing = new ImmediateUi();
        var healthy = new ImmediateUi();
        broadcaster.register(failing, e -> {
            throw new IllegalStateException("a closed editor");
        });
        broadcaster.register(healthy, heard::add);
        broadcaster.register(failing, e -> heard.add("same UI, next listener: " + e));

        broadcaster.broadcast("saved", null);
        broadcaster.broadcast("saved again", null);

        assertThat(heard)
                .containsExactlyInAnyOrder(
                        "saved", "same UI, next listener: saved", "saved again", "same UI, next listener: saved again");
    }

    @Test
    void theOriginatingUiSkipsItsOwnEchoWhenItAsksTo() {
        var saver = new ImmediateUi();
        var other = new ImmediateUi();
        List<String> saverHeard = new CopyOnWriteArrayList<>();
        List<String> saverHeardAll = new CopyOnWriteArrayList<>();
        List<String> otherHeard = new CopyOnWriteArrayList<>();
        broadcaster.register(saver, Echo.SKIP, saverHeard::add);
        broadcaster.register(saver, Echo.DELIVER, saverHeardAll::add);
        broadcaster.register(other, Echo.SKIP, otherHeard::add);

        broadcaster.broadcast("saved by the saver", saver);
        broadcaster.broadcast("saved elsewhere", null);

        assertThat(saverHeard).containsExactly("saved elsewhere");
        assertThat(saverHeardAll).containsExactly("saved by the saver", "saved elsewhere");
        assertThat(otherHeard).containsExactly("saved by the saver", "saved elsewhere");
    }

    @Test
    void deliveryRunsInsideUiAccessOnTheDeliveryThreadNotThePublishers() {
        var onThread = new UiBroadcaster<String>(thread);
        var ui = new ImmediateUi();
        List<Boolean> insideAccess = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        onThread.register(ui, e -> {
            insideAccess.add(ui.inAccess());
            threads.add(Thread.currentThread().getName());
        });

        onThread.broadcast("one", null);
        onThread.broadcast("two", null);

        await().until(() -> threads.size() == 2);
        assertThat(insideAccess).containsExactly(true, true);
        assertThat(threads).containsOnly("test-delivery");
        assertThat(ui.accessThreads()).extracting(Thread::getName).containsExactly("test-delivery", "test-delivery");
    }

    @Test
    void eventsArriveInTheOrderTheyWerePublished() {
        var onThread = new UiBroadcaster<Integer>(thread);
        var ui = new ImmediateUi();
        List<Integer> arrived = new CopyOnWriteArrayList<>();
        onThread.register(ui, arrived::add);
        for (int i = 0; i < 200; i++) {
            onThread.broadcast(i, null);
        }
        await().until(() -> arrived.size() == 200);
        assertThat(arrived).isSorted();
    }
}
