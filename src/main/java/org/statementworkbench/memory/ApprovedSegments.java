package org.statementworkbench.memory;

import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statementworkbench.statement.SegmentApproved;

/**
 * Hears approvals after they committed and hands them to the memory's writer thread: the unit is written there
 * ({@link UnitWriter}), then the index catches up ({@link MemoryIndex#sync()}). The approving person's request does
 * not wait for either.
 */
@Component
class ApprovedSegments {

    private static final Logger log = LoggerFactory.getLogger(ApprovedSegments.class);

    private final UnitWriter writer;
    private final MemoryIndex index;
    private final MemoryExecutor executor;

    ApprovedSegments(UnitWriter writer, MemoryIndex index, MemoryExecutor executor) {
        this.writer = writer;
        this.index = index;
        this.executor = executor;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SegmentApproved approved) {
        try {
            executor.execute(() -> {
                try {
                    writer.record(approved);
                } catch (RuntimeException e) {
                    log.warn(
                            "Segment {} ({}) not recorded in the memory", approved.segmentId(), approved.language(), e);
                }
                index.sync();
            });
        } catch (RejectedExecutionException e) {
            log.warn("Memory queue full: segment {} ({}) not recorded", approved.segmentId(), approved.language());
        }
    }
}
