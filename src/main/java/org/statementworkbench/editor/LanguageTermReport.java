package org.statementworkbench.editor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.statement.ApprovalOverride;

/** The QA report of one target language: every issue in segment order and every override. */
public record LanguageTermReport(
        UnLanguage language, int segments, List<ReportedIssue> issues, List<ApprovalOverride> overrides) {

    public LanguageTermReport {
        issues = List.copyOf(issues);
        overrides = List.copyOf(overrides);
    }

    /** How many issues each check found, by check id. */
    public Map<CheckId, Integer> countsByCheck() {
        Map<CheckId, Integer> counts = new TreeMap<>();
        issues.forEach(i -> counts.merge(i.check(), 1, Integer::sum));
        return counts;
    }

    /** How many issues of each severity each check found, by check id. */
    public Map<CheckId, Map<Severity, Integer>> countsByCheckAndSeverity() {
        Map<CheckId, Map<Severity, Integer>> counts = new TreeMap<>();
        issues.forEach(i -> counts.computeIfAbsent(i.check(), c -> new EnumMap<>(Severity.class))
                .merge(i.severity(), 1, Integer::sum));
        return counts;
    }

    /** How many issues of a severity the language has. */
    public int count(Severity severity) {
        return (int) issues.stream().filter(i -> i.severity() == severity).count();
    }
}
