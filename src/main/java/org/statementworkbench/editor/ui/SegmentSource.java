package org.statementworkbench.editor.ui;

import java.util.List;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SegmentQuery;

/** The editor's (filtered) list of segments, as the grid and the navigation read it. */
interface SegmentSource {

    /** How many segments the filters leave. */
    int count(long statementId, UnLanguage language, SegmentQuery query);

    /** How many of the segments the filters leave come before segment {@code number}. */
    int positionOf(long statementId, UnLanguage language, SegmentQuery query, int number);

    /** One page of the segments the filters leave, in document order, with their translations. */
    List<MultiLanguageRow> rows(long statementId, UnLanguage language, SegmentQuery query, int offset, int limit);

    /**
     * The segment now open: a segment kept in the list since this editor saved it (though the filters no longer
     * leave it) leaves the list unless it is this one. True if the list changed.
     */
    default boolean opened(long statementId, UnLanguage language, SegmentQuery query, long segmentId) {
        return false;
    }

    /** The filters or the language changed: the list holds only what the filters leave. */
    default void filtersChanged() {}
}
