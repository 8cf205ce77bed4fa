package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.statementworkbench.statement.EditRights;
import org.statementworkbench.statement.StructureRights;

/**
 * The buttons under the segment being edited (saving, reopen and return, the text, history, split and merge, term
 * proposals), with
 * their shortcut keys as tooltips, enabled as the person's rights allow. The edit pane says what they do.
 */
class SegmentActions extends HorizontalLayout {

    final Button confirm = new Button("Confirm");
    final Button approve = new Button("Approve");
    final Button saveDraft = new Button("Save draft");
    final Button copySource = new Button("Copy source");
    final Button revert = new Button("Revert");
    final Button history = new Button("History");
    final Button split = new Button("Split…");
    final Button merge = new Button("Merge with next");
    final Button proposeTerm = new Button("Propose term…");
    final Button reopen = new Button("Reopen…");
    final Button returnSegment = new Button("Return…");

    SegmentActions() {
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setTooltipText("Ctrl+Enter");
        approve.setTooltipText("Ctrl+Shift+A");
        copySource.setTooltipText("Ctrl+Shift+S");
        revert.setTooltipText("Esc");
        history.setTooltipText("Ctrl+H");
        proposeTerm.setTooltipText("Propose the selected source and/or target text as a term (Alt+T)");
        reopen.setTooltipText("Unlock the approved segment for changes, with a reason (Alt+O)");
        returnSegment.setTooltipText("Send the segment back to the translator, with a reason (Alt+R)");
        add(confirm, approve, reopen, returnSegment, saveDraft, copySource, revert, history, split, merge, proposeTerm);
        getStyle().set("flex-wrap", "wrap");
        setSpacing(true);
    }

    /**
     * Ctrl+Enter, Ctrl+Shift+A, Ctrl+Shift+S, Esc and Alt+S come from the editor component as commands (it sends the
     * text first, so nothing typed just before the key is lost); Alt+Up/Down are the view's own shortcuts (they also
     * work from the grid; the component sends the text before those too), so the component's PREVIOUS/NEXT are not
     * repeated. The source is selectable with the keyboard (Alt+S or Shift+Tab reach it), e.g. for Alt+T; Alt+S
     * goes back, and the keys that save work there too (the target's text reached the server when it lost the
     * focus). Esc in the target: the editor has put the saved text back itself, {@code reverted} says so.
     */
    void bindKeys(
            SegmentEditor source,
            SegmentEditor target,
            Runnable confirm,
            Runnable approve,
            Runnable copySource,
            Runnable reverted) {
        ComponentEventListener<SegmentCommandEvent> commands = e -> {
            boolean inTarget = e.getSource() == target;
            switch (e.getCommand()) {
                case CONFIRM -> confirm.run();
                case APPROVE -> approve.run();
                case COPY_SOURCE -> copySource.run();
                case REVERT -> {
                    if (inTarget) {
                        reverted.run();
                    }
                }
                case SWITCH_TEXT -> (inTarget ? source : target).focusEditor();
                case PREVIOUS, NEXT -> {}
            }
        };
        target.addCommandListener(commands);
        source.addCommandListener(commands);
    }

    /** Enables what the person may do with the shown segment ({@code segmentShown} false: no segment). */
    void allow(boolean segmentShown, EditRights rights, StructureRights structure) {
        confirm.setEnabled(rights.canEdit());
        saveDraft.setEnabled(rights.canEdit());
        copySource.setEnabled(rights.canEdit());
        revert.setEnabled(rights.canEdit());
        approve.setVisible(rights.canReview());
        history.setEnabled(segmentShown);
        split.setEnabled(structure.maySplit());
        split.setTooltipText(structure.maySplit() ? "Split the source segment in two" : structure.splitRefusal());
        merge.setEnabled(structure.mayMerge());
        merge.setTooltipText(
                structure.mayMerge()
                        ? "Join this segment and the next one of the same paragraph"
                        : structure.mergeRefusal());
        proposeTerm.setEnabled(segmentShown);
    }

    /** Shows the reviewers' Reopen and Return where they apply to the shown segment. */
    void allowReview(boolean mayReopen, boolean mayReturn) {
        reopen.setVisible(mayReopen);
        returnSegment.setVisible(mayReturn);
    }
}
