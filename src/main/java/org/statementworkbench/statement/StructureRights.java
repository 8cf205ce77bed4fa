package org.statementworkbench.statement;

import org.jspecify.annotations.Nullable;

/**
 * Whether the signed-in user may split a segment and merge it with the next one, and if not, why: a hint for the
 * UI; {@link SegmentStructureService} checks regardless. Reviewed or Approved work is not a refusal for reviewers:
 * they are asked to confirm when they go ahead.
 */
public record StructureRights(
        @Nullable String splitRefusal, @Nullable String mergeRefusal) {

    public boolean maySplit() {
        return splitRefusal == null;
    }

    public boolean mayMerge() {
        return mergeRefusal == null;
    }
}
