package org.statementworkbench.editor.ui;

import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.EditRights;

/** The line under the target that says why it is read only: not a working language, or approved and locked. */
final class SegmentLockNote {

    private SegmentLockNote() {}

    static String of(boolean segmentShown, UnLanguage language, EditRights granted, boolean approved) {
        if (!segmentShown) {
            return "";
        }
        if (!granted.canEdit()) {
            return "Read only: " + language.englishName() + " is not one of your working languages.";
        }
        if (approved) {
            return granted.canReview()
                    ? "Approved and locked: Reopen (Alt+O) to change it."
                    : "Approved and locked: a reviewer must reopen it to change it.";
        }
        return "";
    }
}
