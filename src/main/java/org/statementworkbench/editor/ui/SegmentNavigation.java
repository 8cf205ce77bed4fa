package org.statementworkbench.editor.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.StatementSummary;

/**
 * Which segment of the statement's (filtered) list is open, and moving through it: the grid's rows, its selection
 * and scrolling, going forward, back and to a number. Opening a segment is the view's: it shows it in the panes.
 */
class SegmentNavigation {

    /** What the view does with the segment the navigation arrives at. */
    interface Panes {
        /** The segment now open in the edit pane, if any. */
        @Nullable
        MultiLanguageRow openRow();

        /** Keeps unsaved text as a draft before moving on; false if that failed (stay put). */
        boolean keepUnsavedAsDraft();

        void open(StatementSummary statement, MultiLanguageRow row);

        /** The filters leave no segment. */
        void openNothing(StatementSummary statement);
    }

    private final SegmentSource translations;
    private final SegmentGrid grid;
    private final EditorToolbar filters;
    private final Supplier<@Nullable StatementSummary> statement;
    private final Panes panes;
    /** How many rows a search for the next segment with issues reads at a time. */
    private static final int SCAN_PAGE = 100;

    private int currentIndex = -1;
    private boolean moving;

    SegmentNavigation(
            SegmentSource translations,
            SegmentGrid grid,
            EditorToolbar filters,
            Supplier<@Nullable StatementSummary> statement,
            Panes panes) {
        this.translations = translations;
        this.grid = grid;
        this.filters = filters;
        this.statement = statement;
        this.panes = panes;
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!moving && e.isFromClient() && e.getValue() != null) {
                openSegment(e.getValue(), indexOf(e.getValue()));
            }
        });
    }

    /**
     * Loads the rows for the chosen target (its statuses filter them) and opens the segment that was open, or
     * the first one if the filters leave that one out.
     */
    void reloadRows() {
        StatementSummary s = statement.get();
        if (s == null) {
            return;
        }
        long id = s.id();
        translations.filtersChanged();
        grid.setRows(
                (offset, limit) -> translations.rows(id, filters.target(), filters.query(), offset, limit),
                () -> translations.count(id, filters.target(), filters.query()));
        MultiLanguageRow open = panes.openRow();
        currentIndex =
                open == null ? -1 : translations.positionOf(id, filters.target(), filters.query(), open.number());
        List<MultiLanguageRow> there = currentIndex < 0
                ? List.of()
                : translations.rows(id, filters.target(), filters.query(), currentIndex, 1);
        if (open != null && !there.isEmpty() && there.getFirst().number() == open.number()) {
            openSegment(there.getFirst(), currentIndex);
        } else {
            currentIndex = -1;
            moveBy(1);
        }
    }

    /** Selects the open segment's row again and scrolls it into view (after the columns changed). */
    void keepCurrentInView() {
        MultiLanguageRow open = panes.openRow();
        if (open != null && currentIndex >= 0) {
            moving = true;
            try {
                grid.select(open);
                grid.scrollToIndex(currentIndex);
                // once more after the browser drew the new columns: rows change height with them
                grid.getElement()
                        .executeJs(
                                "requestAnimationFrame(() => requestAnimationFrame(() => " + "this.scrollToIndex($0)))",
                                currentIndex);
            } finally {
                moving = false;
            }
        }
    }

    /** The filters changed: the list starts again at its first segment. */
    void refreshGrid() {
        if (panes.keepUnsavedAsDraft()) {
            translations.filtersChanged();
            grid.getDataProvider().refreshAll();
            currentIndex = -1;
            moveBy(1);
        }
    }

    /**
     * The (filtered) list was computed anew in the background: the grid shows it, and the open segment stays open
     * (its row selected if the list holds it); with none open, the list's first segment opens.
     */
    void listArrived() {
        StatementSummary s = statement.get();
        if (s == null) {
            return;
        }
        grid.getDataProvider().refreshAll();
        MultiLanguageRow open = panes.openRow();
        if (open == null) {
            currentIndex = -1;
            moveBy(1);
            return;
        }
        int at = translations.positionOf(s.id(), filters.target(), filters.query(), open.number());
        List<MultiLanguageRow> there = translations.rows(s.id(), filters.target(), filters.query(), at, 1);
        moving = true;
        try {
            if (!there.isEmpty() && there.getFirst().segmentId() == open.segmentId()) {
                currentIndex = at;
                grid.select(open);
                grid.scrollToIndex(at);
            } else { // no longer in the list: the next segment is the one after where it was
                currentIndex = at - 1;
                grid.deselectAll();
            }
        } finally {
            moving = false;
        }
    }

    private int indexOf(MultiLanguageRow row) {
        StatementSummary s = statement.get();
        return s == null ? -1 : translations.positionOf(s.id(), filters.target(), filters.query(), row.number());
    }

    /** Goes {@code delta} segments forward or back in the (filtered) list. */
    void moveBy(int delta) {
        StatementSummary s = statement.get();
        if (s == null || !panes.keepUnsavedAsDraft()) {
            return;
        }
        int count = translations.count(s.id(), filters.target(), filters.query());
        int next = Math.max(0, Math.min(count - 1, currentIndex + delta));
        if (count == 0) {
            panes.openNothing(s);
            return;
        }
        List<MultiLanguageRow> one = translations.rows(s.id(), filters.target(), filters.query(), next, 1);
        if (!one.isEmpty()) {
            openSegment(one.getFirst(), next);
        }
    }

    /**
     * Opens the nearest segment after ({@code direction} 1) or before (-1) the open one in the (filtered) list for
     * which {@code wanted} holds, reading the list a page at a time; false if there is none (nothing moves).
     */
    boolean moveToNext(int direction, Predicate<MultiLanguageRow> wanted) {
        StatementSummary s = statement.get();
        if (s == null || !panes.keepUnsavedAsDraft()) {
            return false;
        }
        return moveToNextFrom(s, currentIndex + direction, direction, wanted);
    }

    /** Opens the first segment of the (filtered) list for which {@code wanted} holds; false if there is none. */
    boolean moveToFirst(Predicate<MultiLanguageRow> wanted) {
        StatementSummary s = statement.get();
        if (s == null || !panes.keepUnsavedAsDraft()) {
            return false;
        }
        return moveToNextFrom(s, 0, 1, wanted);
    }

    private boolean moveToNextFrom(StatementSummary s, int from, int direction, Predicate<MultiLanguageRow> wanted) {
        int count = translations.count(s.id(), filters.target(), filters.query());
        while (from >= 0 && from < count) {
            int offset = direction > 0 ? from : Math.max(0, from - SCAN_PAGE + 1);
            List<MultiLanguageRow> page =
                    translations.rows(s.id(), filters.target(), filters.query(), offset, SCAN_PAGE);
            for (int i = from - offset; i >= 0 && i < page.size(); i += direction) {
                if (wanted.test(page.get(i))) {
                    openSegment(page.get(i), offset + i);
                    return true;
                }
            }
            if (page.isEmpty()) {
                return false;
            }
            from = direction > 0 ? offset + page.size() : offset - 1;
        }
        return false;
    }

    private void openSegment(MultiLanguageRow row, int index) {
        StatementSummary s = statement.get();
        MultiLanguageRow open = panes.openRow();
        if (s == null || (open != null && open.segmentId() != row.segmentId() && !panes.keepUnsavedAsDraft())) {
            return;
        }
        int at = index;
        if (translations.opened(s.id(), filters.target(), filters.query(), row.segmentId())) {
            // the segment kept in the list since its save left it: the rows after it moved up by one
            grid.getDataProvider().refreshAll();
            at = translations.positionOf(s.id(), filters.target(), filters.query(), row.number());
        }
        currentIndex = at;
        moving = true;
        try {
            grid.select(row);
            if (at >= 0) {
                grid.scrollToIndex(at);
            }
        } finally {
            moving = false;
        }
        panes.open(s, row);
    }

    /** Opens the segment whose number {@code text} is (from the address), if it is one. */
    void jumpTo(String text) {
        number(text).ifPresent(this::jumpTo);
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Opens segment {@code number} with the filters cleared. */
    void jumpTo(@Nullable Integer number) {
        StatementSummary s = statement.get();
        if (number == null || s == null) {
            return;
        }
        if (number < 1 || number > s.segments()) {
            Notifications.error("This statement has segments 1 to " + s.segments() + ".");
            return;
        }
        filters.clearFilters();
        currentIndex = number - 1;
        moveBy(0);
        filters.jump.clear();
    }
}
