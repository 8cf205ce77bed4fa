package org.statementworkbench.comment;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.CsvFormulaGuard;
import org.statementworkbench.statement.SegmentPlace;
import org.statementworkbench.statement.SegmentPlaces;

/**
 * A statement's comments as records for reports, and those records as CSV: one row per comment; a thread's
 * resolution and, when a merge moved it, the segment it came from, who merged and when stand on each of its rows
 * (empty otherwise).
 */
@Component
class CommentExports {

    static final List<String> CSV_HEADER = List.of(
            "Segment",
            "Language",
            "Thread",
            "Comment",
            "Author",
            "Written",
            "Edited",
            "Text",
            "Resolved by",
            "Resolved",
            "Moved from segment",
            "Moved by",
            "Moved");

    private final SegmentCommentRepository comments;
    private final SegmentPlaces places;

    CommentExports(SegmentCommentRepository comments, SegmentPlaces places) {
        this.comments = comments;
        this.places = places;
    }

    /** Every comment of the statement, in segment order, thread by thread, each thread's comments oldest first. */
    List<CommentRecord> records(long statementId) {
        Specification<SegmentComment> ofStatement = (c, q, cb) -> cb.equal(c.get("statementId"), statementId);
        List<SegmentComment> all = comments.findAll(ofStatement);
        Map<Long, SegmentComment> firsts = new HashMap<>();
        all.stream().filter(SegmentComment::startsThread).forEach(c -> firsts.put(c.id(), c));
        Map<Long, SegmentPlace> where = places.find(
                all.stream().map(SegmentComment::segmentId).distinct().toList());
        return all.stream()
                .filter(c -> where.containsKey(c.segmentId()))
                .map(c -> {
                    SegmentComment first = Objects.requireNonNull(firsts.get(c.threadRoot()));
                    Comment shown = c.toComment();
                    return new CommentRecord(
                            Objects.requireNonNull(where.get(c.segmentId())).number(),
                            c.language(),
                            c.threadRoot(),
                            c.id(),
                            c.author(),
                            shown.createdAt(),
                            shown.editedAt(),
                            c.text(),
                            first.resolvedBy(),
                            first.resolvedAt(),
                            first.move());
                })
                .sorted(Comparator.comparingInt(CommentRecord::segmentNumber)
                        .thenComparingLong(CommentRecord::threadId)
                        .thenComparing(CommentRecord::createdAt)
                        .thenComparingLong(CommentRecord::commentId))
                .toList();
    }

    static String csv(List<CommentRecord> records) {
        return CsvFormulaGuard.write(
                CSV_HEADER, records.stream().map(CommentExports::row).toList());
    }

    private static List<String> row(CommentRecord r) {
        @Nullable ThreadMove move = r.movedFrom();
        return List.of(
                Integer.toString(r.segmentNumber()),
                r.language() == null ? "all" : r.language().code(),
                Long.toString(r.threadId()),
                Long.toString(r.commentId()),
                r.author(),
                time(r.createdAt()),
                time(r.editedAt()),
                r.text(),
                Objects.requireNonNullElse(r.resolvedBy(), ""),
                time(r.resolvedAt()),
                move == null ? "" : Integer.toString(move.fromSegment()),
                move == null ? "" : move.by(),
                move == null ? "" : time(move.at()));
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "" : at.toString();
    }
}
