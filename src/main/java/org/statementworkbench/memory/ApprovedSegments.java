package org.statementworkbench.memory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statementworkbench.statement.ApprovedTranslations;
import org.statementworkbench.statement.ApprovedTranslations.Approval;
import org.statementworkbench.statement.SegmentApproved;

/**
 * Hears approvals after they committed and hands them to the memory's writer thread: the unit is written there
 * ({@link UnitWriter}), then the index catches up ({@link MemoryIndex#sync()}). The approving person's request does
 * not wait for either.
 *
 * <p>No approval is lost. When the writer's queue is full, the approval is not queued, and no list of missed events
 * is kept either (it would die with the server): the database is the truth. Once the queue has drained
 * ({@link MemoryExecutor#whenDrained}), and at every start-up, {@link #catchUp()} reads the approved translations
 * page by page ({@link ApprovedTranslations}) and records each one whose unit in "Approved statements" is missing, has
 * no text in its language, or has an older one. A segment reopened or returned after its approval keeps its unit
 * until it is approved again (see {@link UnitWriter}); the catch-up reads only segments approved now. A recording that
 * fails (a large TMX import holds the memory's revision lock for a minute or more) plans a catch-up a minute later.
 */
@Component
class ApprovedSegments {

    /** Approved translations read per page by the catch-up. */
    static final int PAGE = 500;

    private static final Logger log = LoggerFactory.getLogger(ApprovedSegments.class);

    /** How long after a failed recording the catch-up tries again. */
    static final Duration RETRY = Duration.ofMinutes(1);

    private final UnitWriter writer;
    private final MemoryIndex index;
    private final MemoryExecutor executor;
    private final ApprovedTranslations approvals;
    private final Duration retry;
    private final AtomicBoolean retryPlanned = new AtomicBoolean();

    @Autowired
    ApprovedSegments(UnitWriter writer, MemoryIndex index, MemoryExecutor executor, ApprovedTranslations approvals) {
        this(writer, index, executor, approvals, RETRY);
    }

    ApprovedSegments(
            UnitWriter writer,
            MemoryIndex index,
            MemoryExecutor executor,
            ApprovedTranslations approvals,
            Duration retry) {
        this.writer = writer;
        this.index = index;
        this.executor = executor;
        this.approvals = approvals;
        this.retry = retry;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SegmentApproved approved) {
        try {
            executor.execute(() -> {
                record(approved);
                index.sync();
            });
        } catch (RejectedExecutionException e) {
            log.warn(
                    "Memory queue full: segment {} ({}) will be recorded from the database once the queue drains",
                    approved.segmentId(),
                    approved.language());
            executor.whenDrained(this::catchUp);
        }
    }

    /** At start-up: approvals that were queued when the server stopped, or refused, are recorded now. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        executor.whenDrained(this::catchUp);
    }

    /**
     * Records the approval; if that fails (the memory's revision row stays locked for the whole of a large TMX
     * import, longer than the database waits for a lock; or the database is away), a catch-up is planned for
     * {@link #RETRY} later, and again after each failed one, so the approval is recorded once the database lets it.
     */
    private boolean record(SegmentApproved approved) {
        try {
            writer.record(approved);
            return true;
        } catch (RuntimeException e) {
            log.warn(
                    "Segment {} ({}) not recorded in the memory; trying again in {} s",
                    approved.segmentId(),
                    approved.language(),
                    retry.toSeconds(),
                    e);
            retryLater();
            return false;
        }
    }

    private void retryLater() {
        if (retryPlanned.compareAndSet(false, true)) {
            CompletableFuture.delayedExecutor(retry.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> {
                        retryPlanned.set(false);
                        executor.whenDrained(this::catchUp);
                    });
        }
    }

    /**
     * Records every approved translation that the memory does not hold (as it is now in the database); returns how
     * many were recorded. Runs on the writer thread.
     */
    int catchUp() {
        int recorded = 0;
        long after = 0;
        List<Approval> page;
        do {
            page = approvals.after(after, PAGE);
            for (Approval missing : writer.notRecorded(page)) {
                var approved = approvals.approval(missing.segmentId(), missing.language());
                if (approved.isPresent() && record(approved.get())) {
                    recorded++;
                }
            }
            if (!page.isEmpty()) {
                after = page.getLast().translationId();
            }
        } while (page.size() == PAGE);
        if (recorded > 0) {
            log.info("{} approved segments recorded in the memory from the database", recorded);
        }
        index.sync();
        return recorded;
    }
}
