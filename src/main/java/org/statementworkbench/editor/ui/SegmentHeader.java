package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.TranslationState;

/** The line above the segment being edited: which segment it is, and its translation's saved state. */
class SegmentHeader extends HorizontalLayout {

    final Span position = new Span();
    final Span state = new Span();

    SegmentHeader() {
        state.addClassName("edit-state");
        add(position, state);
        setWidthFull();
        setJustifyContentMode(JustifyContentMode.BETWEEN);
    }

    void show(@Nullable MultiLanguageRow row) {
        position.setText(
                row == null ? "No segment selected" : "Segment " + row.number() + " · paragraph " + row.paragraph());
    }

    void showState(TranslationState saved) {
        state.setText(describe(saved));
    }

    static String describe(TranslationState s) {
        if (s.version() == TranslationState.UNSAVED_VERSION) {
            return "New";
        }
        return s.status().label()
                + (s.memoryScore() == null ? "" : " · from memory " + s.memoryScore() + "%")
                + (s.updatedBy() == null ? "" : " · " + s.updatedBy())
                + (s.updatedAt() == null ? "" : " · " + HistoryDialog.WHEN.format(s.updatedAt()));
    }
}
