package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A keyboard command in the editor; the editor's value is synchronised before it arrives. */
@DomEvent("segment-command")
public class SegmentCommandEvent extends ComponentEvent<SegmentEditor> {

    private final SegmentCommand command;

    public SegmentCommandEvent(
            SegmentEditor source, boolean fromClient, @EventData("event.detail.command") String command) {
        super(source, fromClient);
        this.command = SegmentCommand.fromClientName(command);
    }

    public SegmentCommand getCommand() {
        return command;
    }
}
