package org.statementworkbench.memory;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.TestData;
import org.statementworkbench.base.UnLanguage;

/** Memories and units written straight to the database for the memory's service tests, then indexed. */
@Component
class MemoryFixture {

    private final MemoryRepository memories;
    private final UnitRepository units;
    private final MemoryIndex index;
    private final TransactionTemplate tx;

    MemoryFixture(
            MemoryRepository memories,
            UnitRepository units,
            MemoryIndex index,
            PlatformTransactionManager transactions) {
        this.memories = memories;
        this.units = units;
        this.index = index;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A new memory with a unique name starting with {@code name}. */
    TranslationMemory memory(String name) {
        return memories.save(new TranslationMemory(TestData.unique(name), 5, Instant.now()));
    }

    /**
     * A unit of the memory with these texts; with a segment, as recorded from that segment of the statement (its
     * previous segment for context).
     */
    long unit(
            TranslationMemory memory,
            @Nullable Long statementId,
            @Nullable Long segmentId,
            @Nullable Long previousSegmentId,
            Map<UnLanguage, String> texts) {
        return Objects.requireNonNull(tx.execute(s -> {
            Instant now = Instant.now();
            var unit = new TranslationUnit(memory, now);
            if (statementId != null && segmentId != null) {
                unit.origin(statementId, segmentId, previousSegmentId, "A/78/PV.3");
            }
            long revision = units.nextRevision();
            texts.forEach((language, text) -> unit.put(language, text, "Claire Dubois", now, revision));
            return units.save(unit).getId();
        }));
    }

    /** Brings the index up to date with what was written. */
    void indexed() {
        index.sync();
    }
}
