package org.statementworkbench.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a highlighted range, or Enter with the caret in it; offsets as the browser had them then. */
@DomEvent("range-click")
public class RangeClickEvent extends ComponentEvent<SegmentEditor> {

    private final String rangeId;
    private final String kind;
    private final int start;
    private final int end;

    public RangeClickEvent(SegmentEditor source, boolean fromClient, @EventData("event.detail.id") String rangeId,
            @EventData("event.detail.kind") String kind, @EventData("event.detail.start") int start,
            @EventData("event.detail.end") int end) {
        super(source, fromClient);
        this.rangeId = rangeId;
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    /** The id given in {@link HighlightRange#id()}. */
    public String getRangeId() {
        return rangeId;
    }

    public String getKind() {
        return kind;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }
}
