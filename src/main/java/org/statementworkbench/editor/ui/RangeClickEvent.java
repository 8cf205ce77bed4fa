package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a highlighted range, or Enter, Ctrl+. or Alt+Enter with the caret in it; offsets as the browser had
 * them then. After a click ({@link #isPointer()}) the caret stays where the click put it and the person may type on:
 * whatever opens then must not take the focus.
 */
@DomEvent("range-click")
public class RangeClickEvent extends ComponentEvent<SegmentEditor> {

    private final String rangeId;
    private final HighlightKind kind;
    private final int start;
    private final int end;
    private final boolean pointer;

    public RangeClickEvent(
            SegmentEditor source,
            boolean fromClient,
            @EventData("event.detail.id") String rangeId,
            @EventData("event.detail.kind") String kind,
            @EventData("event.detail.start") int start,
            @EventData("event.detail.end") int end,
            @EventData("event.detail.pointer") boolean pointer) {
        super(source, fromClient);
        this.pointer = pointer;
        this.rangeId = rangeId;
        this.kind = HighlightKind.fromClientName(kind);
        this.start = start;
        this.end = end;
    }

    /** The id given in {@link HighlightRange#id()}. */
    public String getRangeId() {
        return rangeId;
    }

    public HighlightKind getKind() {
        return kind;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    /** A click (the caret is where it landed), not a key asking to open the range. */
    public boolean isPointer() {
        return pointer;
    }
}
