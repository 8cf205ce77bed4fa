package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.statementworkbench.base.UnLanguage;

/**
 * The editor is being left, and the unsaved text of the current segment could not be kept as a draft (the
 * segment may no longer be edited, the statement was archived...). Says why; Stay (the default, also Esc) keeps
 * the text in the editor, where it can be copied or saved once the problem is solved; only an explicit
 * "Leave without saving" drops it.
 */
class UnsavedTextDialog extends ConfirmDialog {

    UnsavedTextDialog(int segmentNumber, UnLanguage language, String reason, Runnable leaveWithoutSaving) {
        setHeader("Your text is not saved");
        setText("Your " + language.englishName() + " text of segment " + segmentNumber
                + " could not be kept as a draft: " + reason);
        setConfirmText("Stay");
        setCancelable(false);
        setRejectable(true);
        setRejectText("Leave without saving");
        setRejectButtonTheme("error tertiary");
        addRejectListener(e -> leaveWithoutSaving.run());
        addClassName("unsaved-text-dialog");
    }
}
