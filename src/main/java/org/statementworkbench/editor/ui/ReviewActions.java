package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.statement.EditRights;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.ReviewService;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationConflictException;
import org.statementworkbench.statement.TranslationState;

/**
 * The reviewers' Reopen (Alt+O, approved segments) and Return (Alt+R, segments with a translation) on the segment
 * of the edit pane, each asking for a reason in a {@link ReasonDialog}. A reason typed and left with Esc is kept,
 * per segment, language and action, until the action is done; either way the keyboard focus goes back to the
 * translation when the dialog closes. The service decides; the buttons only follow it.
 */
class ReviewActions {

    /** What the actions read from and report to the edit pane. */
    interface Pane {
        @Nullable
        MultiLanguageRow row();

        UnLanguage language();

        TranslationState savedState();

        /** The rights the service grants in the language, before the lock of an approved segment. */
        EditRights granted();

        boolean hasUnsavedChanges();

        /** The action was done (or someone else's change was found): show this state. */
        void reviewed(TranslationState state);

        /** Puts the keyboard focus back in the translation, once a reason dialog has closed. */
        void focusTarget();
    }

    private final ReviewService review;
    private final Pane pane;
    private final Map<String, String> draftReasons = new HashMap<>();

    ReviewActions(ReviewService review, Pane pane) {
        this.review = review;
        this.pane = pane;
    }

    /** Alt+O and Alt+R anywhere in the view that owns {@code owner}. */
    void bindKeys(Component owner) {
        Shortcuts.addShortcutListener(owner, this::reopen, Key.KEY_O, KeyModifier.ALT);
        Shortcuts.addShortcutListener(owner, this::returnToTranslator, Key.KEY_R, KeyModifier.ALT);
    }

    static boolean mayReopen(EditRights granted, TranslationState state) {
        return granted.canReview() && state.status() == SegmentStatus.APPROVED;
    }

    static boolean mayReturn(EditRights granted, TranslationState state) {
        return granted.canReview()
                && switch (state.status()) {
                    case DRAFT, TRANSLATED, REVIEWED -> true;
                    case NEW, RETURNED, APPROVED -> false;
                };
    }

    void reopen() {
        MultiLanguageRow row = pane.row();
        if (row == null || !mayReopen(pane.granted(), pane.savedState())) {
            return;
        }
        open(
                row,
                "reopen",
                "Reopen segment " + row.number(),
                "The approval is withdrawn: the segment goes back to Reviewed and can be changed; it must be approved"
                        + " again. Why?",
                "Reopen",
                reason -> review.reopen(
                        row.segmentId(), pane.language(), pane.savedState().version(), reason));
    }

    void returnToTranslator() {
        MultiLanguageRow row = pane.row();
        if (row == null || !mayReturn(pane.granted(), pane.savedState())) {
            return;
        }
        if (pane.hasUnsavedChanges()) {
            Notifications.error("Save or revert your edit of segment " + row.number() + " before returning it.");
            return;
        }
        open(
                row,
                "return",
                "Return segment " + row.number() + " to the translator",
                "The translator sees it among the returned segments, with your reason, until they confirm it again.",
                "Return",
                reason -> review.returnToTranslator(
                        row.segmentId(), pane.language(), pane.savedState().version(), reason));
    }

    private interface Action {
        TranslationState run(String reason);
    }

    private void open(
            MultiLanguageRow row, String kind, String title, String explanation, String button, Action action) {
        String key = kind + ":" + row.segmentId() + ":" + pane.language().code();
        Consumer<String> keep = text -> draftReasons.put(key, text);
        var dialog = new ReasonDialog(
                title,
                explanation,
                button,
                draftReasons.getOrDefault(key, ""),
                reason -> {
                    try {
                        pane.reviewed(action.run(reason));
                        draftReasons.remove(key);
                        return true;
                    } catch (TranslationConflictException conflict) {
                        pane.reviewed(conflict.theirs());
                        Notifications.error("Segment " + row.number() + " changed meanwhile (" + conflict.getMessage()
                                + "); look at it again.");
                        return false;
                    } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException e) {
                        Notifications.error(Objects.requireNonNullElse(e.getMessage(), "Not done."));
                        return false;
                    }
                },
                keep);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                pane.focusTarget();
            }
        });
        dialog.open();
    }
}
