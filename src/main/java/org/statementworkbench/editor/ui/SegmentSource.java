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
}
