package org.statementworkbench.comment;

import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.statement.SegmentMerge;
import org.statementworkbench.statement.SegmentMergeParticipant;

/**
 * Keeps comment threads through merges: the threads of the segment merged away, with their replies, resolution,
 * language, authors and dates, move to the merged segment before the database would delete them with their
 * segment; each moved thread notes the segment it came from ({@link ThreadMove}). Notifications name comments, not
 * segments, so they follow. A split needs nothing: the segment keeps its threads as the first part.
 */
@Component
class CommentThreadMoves implements SegmentMergeParticipant {

    private final SegmentCommentRepository comments;
    private final DomainEvents events;

    CommentThreadMoves(SegmentCommentRepository comments, DomainEvents events) {
        this.comments = comments;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void merging(SegmentMerge merge) {
        Specification<SegmentComment> onRemoved = (c, q, cb) -> cb.equal(c.get("segmentId"), merge.removedSegmentId());
        List<SegmentComment> moved = comments.findAll(onRemoved);
        if (moved.isEmpty()) {
            return;
        }
        moved.forEach(c -> c.moveTo(merge.keptSegmentId(), merge.removedNumber(), merge.mergedBy(), merge.at()));
        comments.flush();
        events.publish(new CommentsChanged(merge.statementId(), merge.keptSegmentId()));
    }
}
