package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;

/**
 * The editor's work area: the segment list above; below, the edit column (who else is here, the edit pane) beside
 * the side panels. Where the person drags the splitter is remembered in their browser.
 */
class EditorSplit extends SplitLayout {

    EditorSplit(SegmentGrid grid, PresenceNote presenceNote, SegmentEditPane editPane, Component... sidePanels) {
        super(Orientation.VERTICAL);
        var side = new Div(sidePanels);
        side.addClassName("edit-side");
        var editColumn = new Div(presenceNote, editPane);
        editColumn.addClassName("edit-column");
        var editArea = new HorizontalLayout(editColumn, side);
        editArea.addClassName("edit-area");
        editArea.setSizeFull();
        editArea.setFlexGrow(1, editColumn);
        addToPrimary(grid);
        addToSecondary(editArea);
        addClassName("editor-split");
        setSizeFull();
        setSplitterPosition(SplitterPosition.DEFAULT);
        addSplitterDragEndListener(e -> SplitterPosition.remember(this));
    }
}
