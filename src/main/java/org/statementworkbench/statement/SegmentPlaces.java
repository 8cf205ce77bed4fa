package org.statementworkbench.statement;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up where segments stand now ({@link SegmentPlace}). Everyone signed in may read statements. */
@Service
@Transactional(readOnly = true)
public class SegmentPlaces {

    private final SegmentRepository segments;

    SegmentPlaces(SegmentRepository segments) {
        this.segments = segments;
    }

    /** The place of this segment, or empty when it no longer exists (merged away). */
    @PreAuthorize("isAuthenticated()")
    public Optional<SegmentPlace> find(long segmentId) {
        return segments.findById(segmentId).map(SegmentPlaces::place);
    }

    /** The places of these segments that still exist, by segment id. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, SegmentPlace> find(Collection<Long> segmentIds) {
        Map<Long, SegmentPlace> places = new HashMap<>();
        if (!segmentIds.isEmpty()) {
            segments.findWithStatementByIdIn(segmentIds).forEach(s -> places.put(s.getId(), place(s)));
        }
        return places;
    }

    private static SegmentPlace place(Segment s) {
        Statement statement = s.getStatement();
        return new SegmentPlace(
                Objects.requireNonNull(s.getId()),
                Objects.requireNonNull(statement.getId()),
                statement.getTitle(),
                s.getSeqNo(),
                statement.isArchived());
    }
}
