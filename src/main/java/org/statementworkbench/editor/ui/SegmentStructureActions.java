package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SegmentStructureService;
import org.statementworkbench.statement.StructureChangeNeedsConfirmation;
import org.statementworkbench.statement.StructureRights;

/**
 * Splits and merges from the editor. A change that would put Reviewed or Approved translations back to Draft opens
 * a dialog listing them; only on confirming is it made (the service refuses it otherwise). Refusals are shown as
 * error notifications; nothing changes.
 */
final class SegmentStructureActions {

    /** A split or merge, made with or without the confirmation to reset signed-off work. */
    private interface Change {
        void make(boolean confirmed);
    }

    private final SegmentStructureService structure;

    SegmentStructureActions(SegmentStructureService structure) {
        this.structure = structure;
    }

    StructureRights rights(long segmentId) {
        return structure.rights(segmentId);
    }

    void split(MultiLanguageRow row, String sourceWithLineBreak, Runnable done) {
        run(
                confirmed -> structure.split(row.segmentId(), sourceWithLineBreak, confirmed),
                "Split segment " + row.number() + "?",
                "Split",
                "Segment " + row.number() + " split in two.",
                "Not split.",
                done);
    }

    void mergeWithNext(MultiLanguageRow row, Runnable done) {
        run(
                confirmed -> structure.mergeWithNext(row.segmentId(), confirmed),
                "Merge segments " + row.number() + " and " + (row.number() + 1) + "?",
                "Merge",
                "Segments " + row.number() + " and " + (row.number() + 1) + " merged.",
                "Not merged.",
                done);
    }

    private void run(Change change, String question, String verb, String success, String failure, Runnable done) {
        try {
            change.make(false);
            Notifications.success(success);
            done.run();
        } catch (StructureChangeNeedsConfirmation e) {
            confirm(e, question, verb, () -> {
                try {
                    change.make(true);
                    Notifications.success(success);
                } catch (RuntimeException again) {
                    Notifications.error(Objects.requireNonNullElse(again.getMessage(), failure));
                }
                done.run();
            });
        } catch (RuntimeException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), failure));
        }
    }

    private static void confirm(StructureChangeNeedsConfirmation e, String question, String verb, Runnable confirmed) {
        var list = new UnorderedList();
        e.signedOffWork().forEach(work -> list.add(new ListItem(work)));
        var text = new VerticalLayout(
                new Paragraph("These translations go back to Draft and need reviewing again:"),
                list,
                new Paragraph("Their text is kept, and their history."));
        text.setPadding(false);
        text.setSpacing(false);
        var dialog = new ConfirmDialog();
        dialog.setHeader(question);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(verb + " and reset to Draft");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> confirmed.run());
        dialog.addClassName("structure-change-confirmation");
        dialog.open();
    }
}
