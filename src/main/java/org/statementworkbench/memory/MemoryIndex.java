package org.statementworkbench.memory;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.base.UnLanguage;

/**
 * The one owner of the memory's search index ({@link UnitIndex}, under {@code workbench.memory.index-dir}, by default
 * {@code data/memory-index}): derived from the database, which stays the source of truth. {@link #sync()} opens it,
 * rebuilds it when missing, unreadable, ahead of the database or holding another number of units, and otherwise
 * catches up with the units changed since the revision it records; an index of another {@linkplain UnitIndex#FORMAT
 * format} is rebuilt. It runs at start-up and after every unit change,
 * on the {@link MemoryExecutor}; searches never wait for it (before the first sync they find nothing).
 */
@Component
class MemoryIndex {

    private static final Logger log = LoggerFactory.getLogger(MemoryIndex.class);
    /** Units read from the database per page (two queries a page: {@link UnitStore#indexPage}). */
    private static final int PAGE = 5000;

    private final UnitRepository units;
    private final UnitStore store;
    private final MemoryExecutor executor;
    private final TransactionTemplate readTx;
    private final Path folder;
    private volatile @Nullable UnitIndex index;

    MemoryIndex(
            UnitRepository units,
            UnitStore store,
            MemoryExecutor executor,
            PlatformTransactionManager transactions,
            @Value("${workbench.memory.index-dir:${workbench.data-dir:./data}/memory-index}") String folder) {
        this.units = units;
        this.store = store;
        this.executor = executor;
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.folder = Path.of(folder).toAbsolutePath().normalize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        executor.execute(this::sync);
    }

    Path folder() {
        return folder;
    }

    /** Candidates from the index as it is (none before it was first opened). */
    List<IndexedUnit> candidates(UnLanguage source, UnLanguage target, String text, int max) {
        UnitIndex current = index;
        return current == null ? List.of() : current.candidates(source, target, text, max);
    }

    /** Ids of the units the concordance query finds in the index as it is (none before it was first opened). */
    List<Long> concordance(ConcordanceQuery query, @Nullable UnLanguage other, int max) {
        UnitIndex current = index;
        return current == null ? List.of() : current.concordance(query, other, max);
    }

    /** See {@link UnitIndex#associations}; empty before the index was first opened. */
    java.util.Map<String, UnitIndex.Association> associations(
            ConcordanceQuery query, UnLanguage other, java.util.Collection<String> keys) {
        UnitIndex current = index;
        return current == null ? java.util.Map.of() : current.associations(query, other, keys);
    }

    /** Opens the index if needed and brings it up to date with the database (see the class comment). */
    synchronized void sync() {
        try {
            UnitIndex current = index;
            if (current == null) {
                current = open();
            }
            long dbRevision = dbRevision();
            if (current.revision() > dbRevision) {
                rebuild(
                        current,
                        "it is ahead of the database (revision " + current.revision() + " > " + dbRevision + ")");
                return;
            }
            catchUp(current);
            long dbCount = readTx.execute(s -> units.count());
            if (current.count() != dbCount) {
                rebuild(current, "it holds " + current.count() + " units, the database " + dbCount);
            }
        } catch (IOException | RuntimeException e) {
            log.error("The memory index at {} could not be brought up to date", folder, e);
        }
    }

    private UnitIndex open() throws IOException {
        Files.createDirectories(folder);
        var directory = FSDirectory.open(folder);
        boolean existed = UnitIndex.exists(directory);
        UnitIndex opened;
        try {
            opened = new UnitIndex(directory);
        } catch (IOException | RuntimeException unreadable) {
            log.warn("The memory index at {} is unreadable; building it again", folder, unreadable);
            directory.close();
            deleteFolderContents();
            opened = new UnitIndex(FSDirectory.open(folder));
            existed = false;
        }
        index = opened;
        if (!existed) {
            rebuild(opened, "there was none");
        } else if (opened.format() != UnitIndex.FORMAT) {
            rebuild(opened, "its format is " + opened.format() + ", not " + UnitIndex.FORMAT);
        }
        return opened;
    }

    private void deleteFolderContents() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private long dbRevision() {
        return Objects.requireNonNull(readTx.execute(s -> units.revision()));
    }

    /** Re-indexes the units changed since the index's revision, page by page, then records the revision. */
    private void catchUp(UnitIndex current) {
        long started = System.nanoTime();
        long from = current.revision();
        java.util.Comparator<IndexedUnit> order =
                java.util.Comparator.comparingLong(IndexedUnit::revision).thenComparingLong(IndexedUnit::id);
        var last = new java.util.concurrent.atomic.AtomicReference<@Nullable IndexedUnit>();
        int total = paged(
                previous -> {
                    long rev = previous == null
                            ? from
                            : previous.stream().max(order).orElseThrow().revision();
                    long id = previous == null
                            ? Long.MAX_VALUE
                            : previous.stream().max(order).orElseThrow().id();
                    return store.indexPage(rev, id, PAGE);
                },
                page -> {
                    page.parallelStream().forEach(current::put); // the analysis is most of the work: both cores
                    last.set(page.stream().max(order).orElseThrow());
                });
        IndexedUnit newest = last.get();
        if (newest != null || current.revision() < 0) {
            current.commit(Math.max(newest == null ? from : newest.revision(), 0));
        }
        if (total >= 10_000) {
            log.info("Memory index caught up: {} units in {} ms", total, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Indexes every unit again, as of the database revision read first (later changes are caught up after). */
    private void rebuild(UnitIndex current, String why) {
        log.info("Building the memory index at {}: {}", folder, why);
        long started = System.nanoTime();
        long revision = dbRevision();
        current.deleteAll();
        int total = paged(
                previous -> store.indexPage(
                        null, previous == null ? 0 : previous.getLast().id(), PAGE),
                page -> page.parallelStream().forEach(current::add));
        current.commit(revision);
        log.info("Memory index built: {} units in {} ms", total, (System.nanoTime() - started) / 1_000_000);
        catchUp(current);
    }

    /**
     * Reads pages ({@code next} of the previous page, null at first; empty at the end) one page ahead of {@code index}:
     * the next page's queries run on a virtual thread while this page is analysed on both cores. Returns the units
     * indexed.
     */
    private int paged(
            java.util.function.Function<@Nullable List<IndexedUnit>, List<IndexedUnit>> next,
            java.util.function.Consumer<List<IndexedUnit>> index) {
        java.util.function.Function<@Nullable List<IndexedUnit>, CompletableFuture<List<IndexedUnit>>> read =
                previous -> CompletableFuture.supplyAsync(
                        () -> Objects.requireNonNull(readTx.execute(s -> next.apply(previous))),
                        task -> Thread.ofVirtual().name("memory-index-read").start(task));
        int total = 0;
        CompletableFuture<List<IndexedUnit>> ahead = read.apply(null);
        while (true) {
            List<IndexedUnit> page = ahead.join();
            if (page.isEmpty()) {
                return total;
            }
            ahead = read.apply(page);
            index.accept(page);
            total += page.size();
        }
    }

    /**
     * Removes deleted units from the index, so that the next {@link #sync()} need not rebuild it for the count (bulk
     * deletes of the admin service; runs on the {@link MemoryExecutor} before that sync).
     */
    synchronized void forget(java.util.Collection<Long> unitIds) {
        UnitIndex current = index;
        if (current == null || unitIds.isEmpty()) {
            return;
        }
        unitIds.forEach(current::delete);
        current.commit(current.revision());
    }

    /** Closes the index (at shutdown; tests reopen it with {@link #sync()}). */
    @PreDestroy
    synchronized void close() {
        UnitIndex current = index;
        index = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
