package org.statementworkbench.statement;

/**
 * Data of another module that belongs to segments and must survive a merge (comment threads, for one).
 * Implemented by modules that depend on {@code statement}, so that statement itself depends on none of them:
 * {@link SegmentStructureService} calls every participant bean inside the merge's transaction, before it deletes
 * the removed segment (whose rows the database then deletes with it). A participant that throws rolls the merge
 * back. A split needs no participant: the segment keeps its id as the first part.
 */
public interface SegmentMergeParticipant {

    /** Moves what belongs to {@code merge.removedSegmentId()} and should outlive it to the kept segment. */
    void merging(SegmentMerge merge);
}
