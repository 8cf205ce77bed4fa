package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Brings results of background work (LanguageTool checks, timers) back onto a UI: through {@code UI.access}, so
 * push shows them, and never on a closed UI. Work already done is handled at once on the calling UI thread.
 */
final class UiUpdates {

    private UiUpdates() {}

    /** Runs {@code then} on the current UI once the future completes: at once if it already has. */
    static <T> void onUi(CompletableFuture<T> future, BiConsumer<@Nullable T, @Nullable Throwable> then) {
        if (future.isDone()) {
            T value = null;
            Throwable error = null;
            try {
                value = future.join();
            } catch (CompletionException | CancellationException e) {
                error = e;
            }
            then.accept(value, error);
            return;
        }
        UI ui = UI.getCurrent();
        future.whenComplete((value, error) -> access(ui, () -> then.accept(value, error)));
    }

    /** Runs {@code command} on the current UI after {@code millis}, unless the UI was closed meanwhile. */
    static void later(long millis, Command command) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS).execute(() -> access(ui, command));
        }
    }

    static void access(@Nullable UI ui, Command command) {
        if (ui == null) {
            return;
        }
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // the editor was closed meanwhile: nothing to show
        }
    }

    /** What went wrong, in the words of the innermost cause. */
    static String reason(@Nullable Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause == null || cause.getMessage() == null ? "LanguageTool did not answer" : cause.getMessage();
    }
}
