package org.statementworkbench.memory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.statement.SegmentApproved;

/**
 * Writes units: an approved segment fills its unit in the "Approved statements" memory (one unit per segment, which
 * every language's approval fills: the source text and the approved target), as a new memory revision. Runs on the
 * {@link MemoryExecutor}, after the approval committed, with nobody signed in: no role check (it is no API).
 */
@Service
@Transactional
class UnitWriter {

    private final MemoryRepository memories;
    private final UnitRepository units;

    UnitWriter(MemoryRepository memories, UnitRepository units) {
        this.memories = memories;
        this.units = units;
    }

    /** Records the approved segment; returns the unit's id. */
    long record(SegmentApproved approved) {
        TranslationMemory memory = memories.findByName(TranslationMemory.APPROVED_STATEMENTS)
                .orElseThrow(() -> new IllegalStateException(
                        "The memory \"" + TranslationMemory.APPROVED_STATEMENTS + "\" is missing."));
        long memoryId = java.util.Objects.requireNonNull(memory.getId());
        TranslationUnit unit = units.findByMemoryIdAndSegmentId(memoryId, approved.segmentId())
                .orElseGet(() -> new TranslationUnit(memory, approved.approvedAt()));
        long revision = units.nextRevision();
        unit.origin(
                approved.statementId(), approved.segmentId(), approved.previousSegmentId(), approved.documentSymbol());
        boolean sourceChanged = unit.text(approved.sourceLanguage())
                .map(t -> !t.getText().equals(approved.sourceText().strip()))
                .orElse(true);
        if (sourceChanged) {
            unit.put(approved.sourceLanguage(), approved.sourceText(), null, approved.approvedAt(), revision);
        }
        unit.put(approved.language(), approved.text(), approved.approvedBy(), approved.approvedAt(), revision);
        return java.util.Objects.requireNonNull(units.save(unit).getId());
    }
}
