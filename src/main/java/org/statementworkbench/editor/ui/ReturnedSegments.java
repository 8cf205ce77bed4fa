package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.statement.EditRights;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.TranslationService;

/**
 * The segments a reviewer returned, first for their translator: a translator (who may edit the target language but
 * not review it) who opens a statement without naming a segment starts at the first returned one and is told how
 * many there are; Alt+Shift+R goes to the next returned segment of the list (after the last, the first again).
 */
class ReturnedSegments {

    static final String SHORTCUT = "Alt+Shift+R";

    private final TranslationService translations;
    private final SegmentNavigation navigation;
    private final EditorToolbar toolbar;
    private final Supplier<@Nullable StatementSummary> statement;

    ReturnedSegments(
            Component owner,
            TranslationService translations,
            SegmentNavigation navigation,
            EditorToolbar toolbar,
            Supplier<@Nullable StatementSummary> statement) {
        this.translations = translations;
        this.navigation = navigation;
        this.toolbar = toolbar;
        this.statement = statement;
        Shortcuts.addShortcutListener(owner, this::next, Key.KEY_R, KeyModifier.ALT, KeyModifier.SHIFT);
    }

    /** The statement was opened without a segment in the address: a translator starts at the returned ones. */
    void openFirstForTranslator() {
        StatementSummary s = statement.get();
        if (s == null) {
            return;
        }
        EditRights rights = translations.rights(toolbar.target());
        if (!rights.canEdit() || rights.canReview()) {
            return; // reviewers see the statement from its start
        }
        int n = translations.progress(s.id()).stream()
                .filter(p -> p.language() == toolbar.target())
                .mapToInt(p -> p.count(SegmentStatus.RETURNED))
                .sum();
        if (n > 0 && navigation.moveToFirst(returned())) {
            Notifications.info(message(n), 6000);
        }
    }

    /** "2 segments were returned to you — Returned (2) lists them". */
    static String message(int n) {
        return n == 1
                ? "1 segment was returned to you — Returned (1) lists it"
                : n + " segments were returned to you — Returned (" + n + ") lists them";
    }

    /** Opens the next returned segment of the list, after the last the first; says so if there is none. */
    void next() {
        if (statement.get() == null) {
            return;
        }
        if (!navigation.moveToNext(1, returned()) && !navigation.moveToFirst(returned())) {
            Notifications.info(
                    "No returned segment in the list (" + toolbar.target().englishName() + ").", 3000);
        }
    }

    private Predicate<MultiLanguageRow> returned() {
        return row -> row.target(toolbar.target()).status() == SegmentStatus.RETURNED;
    }
}
