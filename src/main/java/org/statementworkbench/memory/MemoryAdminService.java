package org.statementworkbench.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.statementworkbench.base.UnLanguage;

/**
 * Managing the named memories: anyone signed in may list them; administrators create, rename, reorder (priority 1 is
 * consulted first) and delete them (with their units; "Approved statements" stays), import TMX into them (read and
 * previewed first, then imported in one transaction: everything or nothing) and export them as TMX (whole, one
 * statement's units, or one language pair), streamed to an output stream as the units are read. After a change
 * commits, the index catches up on the memory's writer thread: deleted units are removed from it, new and
 * re-prioritised ones are indexed by revision.
 */
@Service
@Transactional
public class MemoryAdminService {

    static final String ADMIN = "hasRole('ADMIN')";

    /** The largest TMX file accepted. */
    public static final int MAX_BYTES = TmxReader.MAX_BYTES;

    /** How long a read file waits for its import. */
    public static final Duration PREVIEW_TTL = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(MemoryAdminService.class);

    private final MemoryRepository memories;
    private final UnitRepository units;
    private final UnitStore store;
    private final MemoryIndex index;
    private final MemoryExecutor executor;
    private final TmxReader reader = new TmxReader();
    /** Previewed files waiting for their import; a file leaving the cache (imported, discarded, expired) is deleted. */
    private final Cache<UUID, Pending> previews = Caffeine.newBuilder()
            .expireAfterWrite(PREVIEW_TTL)
            .maximumSize(4)
            .<UUID, Pending>removalListener((id, pending, cause) -> {
                if (pending != null && !pending.claimed().get()) {
                    deleteQuietly(pending.file());
                }
            })
            .build();

    /**
     * A previewed file: the preview, the file on disk, and what the preview found out about the file's duplicates:
     * which units repeat an earlier unit's key ({@code repeated}) and which are followed by a unit with the same key
     * ({@code superseded}); an import needs no more than these two bits per unit to apply any {@link DuplicateChoice}.
     * An import claims it (one import per preview, whoever clicks twice) and deletes the file itself when done.
     */
    private record Pending(
            TmxPreview preview,
            Path file,
            BitSet repeated,
            BitSet superseded,
            String user,
            java.util.concurrent.atomic.AtomicBoolean claimed) {}

    MemoryAdminService(
            MemoryRepository memories,
            UnitRepository units,
            UnitStore store,
            MemoryIndex index,
            MemoryExecutor executor) {
        this.memories = memories;
        this.units = units;
        this.store = store;
        this.index = index;
        this.executor = executor;
    }

    /** The memories in order of priority, with their units and languages. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MemorySummary> list() {
        Map<Long, Long> counts = store.counts();
        Map<Long, List<UnLanguage>> languages = store.languages();
        return memories.findAllByOrderByPriorityAscNameAsc().stream()
                .map(m -> {
                    long id = Objects.requireNonNull(m.getId());
                    return new MemorySummary(
                            id,
                            m.getName(),
                            m.getPriority(),
                            counts.getOrDefault(id, 0L),
                            languages.getOrDefault(id, List.of()));
                })
                .toList();
    }

    @PreAuthorize(ADMIN)
    public long create(String name) {
        String stripped = name.strip();
        requireFreeName(stripped, null);
        int priority = memories.findAllByOrderByPriorityAscNameAsc().stream()
                        .mapToInt(TranslationMemory::getPriority)
                        .max()
                        .orElse(0)
                + 1;
        return Objects.requireNonNull(memories.save(new TranslationMemory(stripped, priority, Instant.now()))
                .getId());
    }

    @PreAuthorize(ADMIN)
    public void rename(long memoryId, String name) {
        TranslationMemory memory = memory(memoryId);
        if (memory.getName().equals(TranslationMemory.APPROVED_STATEMENTS)) {
            throw new IllegalArgumentException("\"" + TranslationMemory.APPROVED_STATEMENTS
                    + "\" keeps its name: approved segments are recorded there.");
        }
        String stripped = name.strip();
        requireFreeName(stripped, memoryId);
        memory.setName(stripped);
    }

    /** Swaps the memory's priority with the one before ({@code up}) or after it; false if it is already first/last. */
    @PreAuthorize(ADMIN)
    public boolean move(long memoryId, boolean up) {
        List<TranslationMemory> ordered = memories.findAllByOrderByPriorityAscNameAsc();
        int at = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (Objects.equals(ordered.get(i).getId(), memoryId)) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException("There is no memory " + memoryId + ".");
        }
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= ordered.size()) {
            return false;
        }
        // Priorities become 1..n in the new order (equal priorities are ordered by name).
        List<TranslationMemory> reordered = new ArrayList<>(ordered);
        reordered.set(at, ordered.get(other));
        reordered.set(other, ordered.get(at));
        long revision = units.nextRevision();
        for (int i = 0; i < reordered.size(); i++) {
            TranslationMemory m = reordered.get(i);
            if (m.getPriority() != i + 1) {
                m.setPriority(i + 1);
                store.touch(Objects.requireNonNull(m.getId()), revision);
            }
        }
        memories.flush();
        afterCommit(List.of());
        return true;
    }

    /** Deletes the memory with its units; returns how many units went. */
    @PreAuthorize(ADMIN)
    public int delete(long memoryId) {
        TranslationMemory memory = memory(memoryId);
        if (memory.getName().equals(TranslationMemory.APPROVED_STATEMENTS)) {
            throw new IllegalArgumentException("\"" + TranslationMemory.APPROVED_STATEMENTS
                    + "\" cannot be deleted: approved segments are recorded there.");
        }
        List<Long> ids = store.unitIds(memoryId);
        units.nextRevision();
        store.delete(ids);
        memories.delete(memory);
        memories.flush();
        afterCommit(ids);
        return ids.size();
    }

    /**
     * Reads a TMX file for import into the memory and compares it with the memory: nothing changes yet. The bytes are
     * written to a temporary file and previewed as {@link #preview(long, String, Path)}.
     *
     * @throws TmxImportException when the file is not TMX, not well-formed, has a DTD or entities, or is too large
     */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public TmxPreview preview(long memoryId, String fileName, byte[] content) {
        Path file;
        try {
            file = Files.createTempFile("workbench-tmx-", ".tmx");
            Files.write(file, content);
        } catch (IOException e) {
            throw new TmxImportException(
                    "The file could not be stored for its preview (" + e.getMessage() + "). Nothing was imported.", e);
        }
        return preview(memoryId, fileName, file, percent -> {});
    }

    /** As {@link #preview(long, String, Path, IntConsumer)}, without progress. */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public TmxPreview preview(long memoryId, String fileName, Path file) {
        return preview(memoryId, fileName, file, percent -> {});
    }

    /**
     * Reads a TMX file for import into the memory, as a stream, and compares it with the memory: units and texts per
     * language, what was left out, duplicates in the file and in the memory; nothing changes yet. The service takes
     * the file over: it is kept ({@link #PREVIEW_TTL}) until {@link #importTmx} or {@link #discard}, then deleted, and
     * deleted at once if it is refused. Only two bits per unit are held in memory meanwhile, whatever the file's size.
     * {@code progress} hears how much of the file was read (0 to 100).
     *
     * @throws TmxImportException when the file is not TMX, not well-formed, has a DTD or entities, or is too large
     */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public TmxPreview preview(long memoryId, String fileName, Path file, IntConsumer progress) {
        boolean kept = false;
        try {
            TranslationMemory memory = memory(memoryId);
            Set<UnitKey> inMemory = store.keys(memoryId).keySet();
            var digester = new UnitKey.Digester();
            Map<UnitKey, Integer> last = new HashMap<>();
            BitSet repeated = new BitSet();
            BitSet superseded = new BitSet();
            Map<UnLanguage, Integer> perLanguage = new EnumMap<>(UnLanguage.class);
            int[] counts = new int[3]; // units, with tags, already in the memory
            TmxReader.Summary summary = reader.read(
                    file,
                    unit -> {
                        int i = counts[0]++;
                        UnitKey key = digester.of(unit);
                        Integer before = last.put(key, i);
                        if (before != null) {
                            repeated.set(i);
                            superseded.set(before);
                        }
                        if (inMemory.contains(key)) {
                            counts[2]++;
                        }
                        unit.texts().keySet().forEach(l -> perLanguage.merge(l, 1, Integer::sum));
                        if (unit.hasTags()) {
                            counts[1]++;
                        }
                    },
                    progress);
            if (summary.units() == 0) {
                throw new TmxImportException(
                        fileName + " has no unit with texts in two UN languages. Nothing was imported.");
            }
            TmxPreview preview = new TmxPreview(
                    UUID.randomUUID(),
                    memoryId,
                    memory.getName(),
                    fileName,
                    summary.units(),
                    perLanguage,
                    summary.skippedLanguages(),
                    summary.skippedSingleLanguage(),
                    summary.skippedTooLong(),
                    counts[1],
                    repeated.cardinality(),
                    counts[2]);
            previews.put(
                    preview.id(),
                    new Pending(
                            preview,
                            file,
                            repeated,
                            superseded,
                            currentUser(),
                            new java.util.concurrent.atomic.AtomicBoolean()));
            kept = true;
            return preview;
        } finally {
            if (!kept) {
                deleteQuietly(file);
            }
        }
    }

    /** Forgets a previewed file (and deletes it). */
    @PreAuthorize(ADMIN)
    public void discard(UUID previewId) {
        previews.invalidate(previewId);
    }

    /** Units inserted per batch of an import. */
    static final int IMPORT_BATCH = 2000;

    /**
     * Imports a previewed file into its memory, all or nothing (one transaction), duplicates handled as chosen
     * (compared with the memory as it is now), reading the file again as a stream and inserting it in batches,
     * reporting progress (0 to 100).
     */
    @PreAuthorize(ADMIN)
    public TmxImportResult importTmx(UUID previewId, DuplicateChoice choice, IntConsumer progress) {
        long started = System.nanoTime();
        Pending pending = previews.getIfPresent(previewId);
        if (pending == null) {
            throw new TmxImportException("The previewed file has expired or was imported; upload it again.");
        }
        if (!pending.user().equals(currentUser())) {
            throw new AccessDeniedException("This preview belongs to another administrator.");
        }
        if (!pending.claimed().compareAndSet(false, true)) {
            throw new TmxImportException("The previewed file is being imported already.");
        }
        previews.invalidate(previewId);
        try {
            return importClaimed(pending, choice, progress, started);
        } finally {
            deleteQuietly(pending.file());
        }
    }

    private TmxImportResult importClaimed(Pending pending, DuplicateChoice choice, IntConsumer progress, long started) {
        long memoryId = pending.preview().memoryId();
        memory(memoryId);
        Map<UnitKey, List<Long>> memoryKeys = store.keys(memoryId);
        var digester = new UnitKey.Digester();
        long revision = units.nextRevision();
        Instant now = Instant.now();
        int total = pending.preview().units();
        List<Long> delete = new ArrayList<>();
        List<TmxFile.Unit> batch = new ArrayList<>(IMPORT_BATCH);
        // units read, units inserted, last id inserted: the revision row is locked now, so no other writer inserts
        // units until this import ends and the new ids come after the highest one
        long[] state = {0, 0, store.maxId()};
        Runnable flush = () -> {
            List<Long> ids = store.insert(memoryId, revision, batch, now, state[2]);
            if (!ids.isEmpty()) {
                state[1] += ids.size();
                state[2] = ids.getLast();
            }
            batch.clear();
            progress.accept((int) (100 * state[0] / total));
        };
        reader.read(pending.file(), unit -> {
            int i = (int) state[0]++;
            boolean insert = switch (choice) {
                case KEEP_BOTH -> true;
                case SKIP -> !pending.repeated().get(i) && !memoryKeys.containsKey(digester.of(unit));
                case OVERWRITE -> {
                    if (pending.superseded().get(i)) {
                        yield false;
                    }
                    delete.addAll(memoryKeys.getOrDefault(digester.of(unit), List.of()));
                    yield true;
                }
            };
            if (insert) {
                batch.add(unit);
                if (batch.size() == IMPORT_BATCH) {
                    flush.run();
                }
            }
        });
        flush.run();
        if (state[0] != total) {
            throw new TmxImportException(pending.preview().fileName()
                    + " changed since its preview; upload it again. Nothing was imported.");
        }
        store.delete(delete);
        afterCommit(delete);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info(
                "TMX {} imported into \"{}\": {} units in {} ms",
                pending.preview().fileName(),
                pending.preview().memoryName(),
                state[1],
                millis);
        return new TmxImportResult((int) state[1], total - (int) state[1], delete.size(), millis);
    }

    /**
     * Writes the whole memory as TMX 1.4b to {@code out} (streamed: units are read page by page and written as they
     * come; the stream is flushed, not closed); returns the number of units written. The role check and the memory's
     * existence are checked before anything is written: a refused request writes nothing.
     */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public int exportMemory(long memoryId, OutputStream out) throws IOException {
        memory(memoryId);
        return export(new UnitStore.Selection(memoryId, null, EnumSet.allOf(UnLanguage.class)), null, out);
    }

    /**
     * Writes one language pair of the memory (units with both texts) as TMX 1.4b, {@code source} as its srclang,
     * streamed as {@link #exportMemory}.
     */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public int exportPair(long memoryId, UnLanguage source, UnLanguage target, OutputStream out) throws IOException {
        if (source == target) {
            throw new IllegalArgumentException("Source and target language are the same.");
        }
        memory(memoryId);
        return export(new UnitStore.Selection(memoryId, null, EnumSet.of(source, target)), source, out);
    }

    /** Writes the units of one statement (approved segments, in any memory) as TMX 1.4b, streamed. */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public int exportStatement(long statementId, OutputStream out) throws IOException {
        return export(new UnitStore.Selection(null, statementId, EnumSet.allOf(UnLanguage.class)), null, out);
    }

    private int export(UnitStore.Selection selection, @Nullable UnLanguage source, OutputStream out)
            throws IOException {
        TmxWriter writer = new TmxWriter(out, source, Instant.now());
        store.export(selection, writer);
        return writer.finish();
    }

    private TranslationMemory memory(long memoryId) {
        return memories.findById(memoryId)
                .orElseThrow(() -> new IllegalArgumentException("There is no memory " + memoryId + "."));
    }

    private void requireFreeName(String name, @Nullable Long except) {
        if (name.isEmpty() || name.length() > TranslationMemory.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A memory needs a name of 1 to " + TranslationMemory.NAME_MAX_LENGTH + " characters.");
        }
        memories.findByName(name)
                .filter(m -> !Objects.equals(m.getId(), except))
                .ifPresent(m -> {
                    throw new IllegalArgumentException("There is already a memory named \"" + name + "\".");
                });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the previewed file {}: {}", file, e.getMessage());
        }
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new AccessDeniedException("Not signed in");
        }
        return auth.getName();
    }

    /** After the commit, on the memory's writer thread: removes deleted units from the index, then syncs it. */
    private void afterCommit(List<Long> removed) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(() -> {
                    index.forget(removed);
                    index.sync();
                });
            }
        });
    }
}
