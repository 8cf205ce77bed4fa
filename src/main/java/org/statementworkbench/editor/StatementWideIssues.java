package org.statementworkbench.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.qa.MultilingualSegment;
import org.statementworkbench.qa.StatementCheck;
import org.statementworkbench.qa.StatementIssue;
import org.statementworkbench.qa.StatementText;
import org.statementworkbench.statement.SegmentRow;

/**
 * Runs the statement-wide checks over a statement's rows in every target language and sorts their issues by
 * language and segment number, as the profile rates them. Segment keys are the segment numbers.
 */
final class StatementWideIssues {

    private StatementWideIssues() {}

    /** Issues by language, then by segment number; empty when no check runs. */
    static Map<UnLanguage, Map<Integer, List<Issue>>> of(
            UnLanguage sourceLanguage,
            Map<UnLanguage, List<SegmentRow>> rows,
            List<StatementCheck> checks,
            CheckProfile profile) {
        List<StatementCheck> running =
                checks.stream().filter(c -> profile.runs(c.family())).toList();
        Map<UnLanguage, Map<Integer, List<Issue>>> found = new EnumMap<>(UnLanguage.class);
        if (running.isEmpty() || rows.isEmpty()) {
            return found;
        }
        StatementText text = new StatementText(sourceLanguage, segments(rows));
        for (StatementCheck check : running) {
            for (StatementIssue i : check.check(text)) {
                for (Issue issue : profile.apply(List.of(i.issue()))) {
                    found.computeIfAbsent(i.language(), l -> new HashMap<>())
                            .computeIfAbsent(Integer.parseInt(i.segmentKey()), n -> new ArrayList<>())
                            .add(issue);
                }
            }
        }
        return found;
    }

    /** The segments in document order with their saved, non-empty translations (matched by segment id). */
    static List<MultilingualSegment> segments(Map<UnLanguage, List<SegmentRow>> rows) {
        Map<Long, Map<UnLanguage, String>> targets = new HashMap<>();
        rows.forEach((language, list) -> list.forEach(r -> {
            if (!r.target().text().isBlank()) {
                targets.computeIfAbsent(r.segmentId(), id -> new EnumMap<>(UnLanguage.class))
                        .put(language, r.target().text());
            }
        }));
        return rows.values().iterator().next().stream()
                .map(r -> new MultilingualSegment(
                        String.valueOf(r.number()), r.source(), targets.getOrDefault(r.segmentId(), Map.of())))
                .toList();
    }
}
