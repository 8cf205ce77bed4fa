package org.statementworkbench.editor.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.editor.EditorPresence;

/**
 * How many LanguageTool matches each segment has per language, from the last statement check and the editor's own
 * checks since: the grid marks the rows with them.
 */
class LanguageIssueCounts {

    private final Map<Long, Map<UnLanguage, Integer>> counts = new HashMap<>();

    /** The editor checked one segment. */
    void checked(SegmentLanguageCheck.Checked checked) {
        put(checked.segmentId(), checked.language(), checked.matches());
    }

    /** The statement check ran: its languages start afresh (unless it was cancelled) with the segments it flagged. */
    void statementChecked(StatementLanguageCheck.Summary summary) {
        for (StatementLanguageCheck.LanguageTotals t : summary.languages()) {
            if (!summary.cancelled()) {
                counts.values().forEach(byLanguage -> byLanguage.remove(t.language()));
            }
        }
        for (StatementLanguageCheck.Flagged f : summary.flagged()) {
            put(f.segmentId(), f.language(), f.matches());
        }
    }

    int of(long segmentId, UnLanguage language) {
        return counts.getOrDefault(segmentId, Map.of()).getOrDefault(language, 0);
    }

    /** What the grid marks on a row: these counts, and the other people's editors on it. */
    SegmentGrid.Marks marks(OtherEditors others) {
        return new SegmentGrid.Marks() {
            @Override
            public int languageIssues(long segmentId, UnLanguage language) {
                return of(segmentId, language);
            }

            @Override
            public List<EditorPresence> others(long segmentId) {
                return others.on(segmentId);
            }
        };
    }

    private void put(long segmentId, UnLanguage language, int matches) {
        counts.computeIfAbsent(segmentId, id -> new EnumMap<>(UnLanguage.class)).put(language, matches);
    }
}
