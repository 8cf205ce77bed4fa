package org.statementworkbench.editor.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.statement.ApprovalBlockedException;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.TranslationConflictException;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * Repetitions inside a statement: when a segment is confirmed, the other segments with the same source whose
 * translation is empty or still the memory's are offered the confirmed translation ({@link RepetitionsDialog}); each
 * is saved through {@link TranslationService#save} like a person's save (role rules, version check, revisions), with
 * the confirmed status. A repetition someone saved meanwhile is left as it is, and the person is told.
 */
class SegmentRepetitions implements SegmentEditPane.AfterConfirm {

    private final TranslationService translations;
    private final BiConsumer<Long, TranslationState> savedOne;

    /** {@code savedOne} hears each repetition saved (the view redraws it). */
    SegmentRepetitions(TranslationService translations, BiConsumer<Long, TranslationState> savedOne) {
        this.translations = translations;
        this.savedOne = savedOne;
    }

    @Override
    public void confirmed(MultiLanguageRow row, UnLanguage language, TranslationState state, Runnable next) {
        List<SegmentRow> repetitions;
        try {
            repetitions = state.text().isBlank() ? List.of() : translations.repetitions(row.segmentId(), language);
        } catch (IllegalArgumentException e) {
            repetitions = List.of();
        }
        if (repetitions.isEmpty()) {
            next.run();
            return;
        }
        List<SegmentRow> offered = repetitions;
        new RepetitionsDialog(row.number(), language, offered, () -> apply(offered, language, state), next).open();
    }

    /** Saves the confirmed translation into each repetition; says how many took it. */
    void apply(List<SegmentRow> repetitions, UnLanguage language, TranslationState confirmed) {
        List<String> left = new ArrayList<>();
        int applied = 0;
        for (SegmentRow r : repetitions) {
            try {
                TranslationState now = translations.save(new SaveTranslation(
                        r.segmentId(),
                        language,
                        confirmed.text(),
                        confirmed.status(),
                        r.target().version()));
                savedOne.accept(r.segmentId(), now);
                applied++;
            } catch (TranslationConflictException
                    | ApprovalBlockedException
                    | AccessDeniedException
                    | IllegalArgumentException
                    | IllegalStateException e) {
                left.add(String.valueOf(r.number()));
            }
        }
        String done = "Applied to " + applied + (applied == 1 ? " repetition." : " repetitions.");
        if (left.isEmpty()) {
            Notifications.success(done);
        } else {
            Notifications.error(done + " Not to segment " + String.join(", ", left)
                    + ": changed meanwhile or not yours to change.");
        }
    }
}
