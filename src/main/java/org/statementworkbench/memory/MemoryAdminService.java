package org.statementworkbench.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    private final Cache<UUID, Pending> previews =
            Caffeine.newBuilder().expireAfterWrite(PREVIEW_TTL).maximumSize(4).build();

    private record Pending(TmxPreview preview, TmxFile file, String user) {}

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
     * Reads a TMX file for import into the memory and compares it with the memory: nothing changes yet. The file is
     * kept on the server ({@link #PREVIEW_TTL}) until {@link #importTmx} or {@link #discard}.
     *
     * @throws TmxImportException when the file is not TMX, not well-formed, has a DTD or entities, or is too large
     */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public TmxPreview preview(long memoryId, String fileName, byte[] content) {
        TranslationMemory memory = memory(memoryId);
        TmxFile file = reader.read(content);
        if (file.units().isEmpty()) {
            throw new TmxImportException(
                    fileName + " has no unit with texts in two UN languages. Nothing was imported.");
        }
        Plan plan = plan(file, store.keys(memoryId), DuplicateChoice.KEEP_BOTH);
        Map<UnLanguage, Integer> perLanguage = new EnumMap<>(UnLanguage.class);
        int withTags = 0;
        for (TmxFile.Unit unit : file.units()) {
            unit.texts().keySet().forEach(l -> perLanguage.merge(l, 1, Integer::sum));
            if (unit.hasTags()) {
                withTags++;
            }
        }
        TmxPreview preview = new TmxPreview(
                UUID.randomUUID(),
                memoryId,
                memory.getName(),
                fileName,
                file.units().size(),
                perLanguage,
                file.skippedLanguages(),
                file.skippedSingleLanguage(),
                file.skippedTooLong(),
                withTags,
                plan.duplicatesInFile(),
                plan.duplicatesInMemory());
        previews.put(preview.id(), new Pending(preview, file, currentUser()));
        return preview;
    }

    /** Forgets a previewed file. */
    @PreAuthorize(ADMIN)
    public void discard(UUID previewId) {
        previews.invalidate(previewId);
    }

    /**
     * Imports a previewed file into its memory, all or nothing, duplicates handled as chosen (compared with the memory
     * as it is now), reporting progress (0 to 100).
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
        long memoryId = pending.preview().memoryId();
        memory(memoryId);
        Plan plan = plan(pending.file(), store.keys(memoryId), choice);
        long revision = units.nextRevision();
        store.delete(plan.delete());
        store.insert(memoryId, revision, plan.insert(), Instant.now(), progress);
        previews.invalidate(previewId);
        afterCommit(plan.delete());
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info(
                "TMX {} imported into \"{}\": {} units in {} ms",
                pending.preview().fileName(),
                pending.preview().memoryName(),
                plan.insert().size(),
                millis);
        return new TmxImportResult(
                plan.insert().size(), plan.skipped(), plan.delete().size(), millis);
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

    /** What an import does with the file's units under a choice for duplicates. */
    record Plan(
            List<TmxFile.Unit> insert, List<Long> delete, int skipped, int duplicatesInFile, int duplicatesInMemory) {}

    static Plan plan(TmxFile file, Map<String, List<Long>> memoryKeys, DuplicateChoice choice) {
        List<TmxFile.Unit> all = file.units();
        List<String> keys = all.stream().map(TmxFile.Unit::key).toList();
        Set<String> seen = new HashSet<>();
        int inFile = 0;
        int inMemory = 0;
        for (String key : keys) {
            if (!seen.add(key)) {
                inFile++;
            }
            if (memoryKeys.containsKey(key)) {
                inMemory++;
            }
        }
        List<TmxFile.Unit> insert = new ArrayList<>();
        List<Long> delete = new ArrayList<>();
        switch (choice) {
            case KEEP_BOTH -> insert.addAll(all);
            case SKIP -> {
                Set<String> taken = new HashSet<>(memoryKeys.keySet());
                for (int i = 0; i < all.size(); i++) {
                    if (taken.add(keys.get(i))) {
                        insert.add(all.get(i));
                    }
                }
            }
            case OVERWRITE -> {
                Map<String, TmxFile.Unit> last = new LinkedHashMap<>();
                for (int i = 0; i < all.size(); i++) {
                    last.remove(keys.get(i));
                    last.put(keys.get(i), all.get(i));
                }
                insert.addAll(last.values());
                Map<String, List<Long>> byKey = new HashMap<>(memoryKeys);
                last.keySet().forEach(k -> delete.addAll(byKey.getOrDefault(k, List.of())));
            }
        }
        return new Plan(List.copyOf(insert), List.copyOf(delete), all.size() - insert.size(), inFile, inMemory);
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
