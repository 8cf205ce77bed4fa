package org.statementworkbench.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.statement.ApprovedTranslations.Approval;
import org.statementworkbench.statement.SegmentApproved;

/**
 * Writes units: an approved segment fills its unit in the "Approved statements" memory (one unit per segment, which
 * every language's approval fills: the source text and the approved target), as a new memory revision. Runs on the
 * {@link MemoryExecutor}, after the approval committed, with nobody signed in: no role check (it is no API).
 *
 * <p>A segment that is reopened or returned after its approval keeps its unit, as it was approved, until it is
 * approved again: then the same unit is updated (found by memory and segment), never duplicated. So CAT tools such
 * as Trados and memoQ keep a translation memory entry when its segment is unconfirmed: the memory holds what was
 * last approved, and a segment in review does not take a good translation out of it.
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

    private TranslationMemory approvedStatements() {
        return memories.findByName(TranslationMemory.APPROVED_STATEMENTS)
                .orElseThrow(() -> new IllegalStateException(
                        "The memory \"" + TranslationMemory.APPROVED_STATEMENTS + "\" is missing."));
    }

    /** Records the approved segment; returns the unit's id. */
    long record(SegmentApproved approved) {
        TranslationMemory memory = approvedStatements();
        long memoryId = Objects.requireNonNull(memory.getId());
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
        return Objects.requireNonNull(units.save(unit).getId());
    }

    /**
     * The approvals that the "Approved statements" memory does not hold: their segment has no unit there, the unit
     * no text in their language, or a text older than the approval (a later approval that was not recorded).
     */
    @Transactional(readOnly = true)
    List<Approval> notRecorded(List<Approval> approvals) {
        if (approvals.isEmpty()) {
            return List.of();
        }
        long memoryId = Objects.requireNonNull(approvedStatements().getId());
        Map<Long, TranslationUnit> bySegment = new HashMap<>();
        units.findByMemoryIdAndSegmentIdIn(
                        memoryId, approvals.stream().map(Approval::segmentId).toList())
                .forEach(u -> bySegment.put(Objects.requireNonNull(u.getSegmentId()), u));
        List<Approval> missing = new ArrayList<>();
        for (Approval approval : approvals) {
            Optional<UnitText> text =
                    Optional.ofNullable(bySegment.get(approval.segmentId())).flatMap(u -> u.text(approval.language()));
            if (text.isEmpty() || text.get().getChangedAt().isBefore(approval.approvedAt())) {
                missing.add(approval);
            }
        }
        return missing;
    }
}
