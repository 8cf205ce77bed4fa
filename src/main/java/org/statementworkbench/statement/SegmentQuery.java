package org.statementworkbench.statement;

import java.util.EnumSet;
import java.util.Set;

/** What the editor lists: segments with one of {@code statuses} (all when empty) whose source or target contains
 * {@code search} (ignoring case). */
public record SegmentQuery(Set<SegmentStatus> statuses, String search) {

    public SegmentQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        search = search.strip();
    }

    public static SegmentQuery all() {
        return new SegmentQuery(Set.of(), "");
    }
}
