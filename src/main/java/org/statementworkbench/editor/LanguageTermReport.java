package org.statementworkbench.editor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.statement.ApprovalOverride;

/**
 * The QA report of one target language: every issue in segment order (those ignored with a reason included, marked)
 * and every override. When LanguageTool ran, {@code notCheckedByLanguageTool} texts were not checked by it (still
 * loading, time-out, server down) and {@code notCheckedReason} says why the first was not.
 */
public record LanguageTermReport(
        UnLanguage language,
        int segments,
        List<ReportedIssue> issues,
        List<ApprovalOverride> overrides,
        int notCheckedByLanguageTool,
        @Nullable String notCheckedReason) {

    public LanguageTermReport {
        issues = List.copyOf(issues);
        overrides = List.copyOf(overrides);
    }

    /** A report of a language whose texts LanguageTool did not miss (or did not check at all). */
    public LanguageTermReport(
            UnLanguage language, int segments, List<ReportedIssue> issues, List<ApprovalOverride> overrides) {
        this(language, segments, issues, overrides, 0, null);
    }

    /** The issues nobody ignored. */
    public List<ReportedIssue> open() {
        return issues.stream().filter(i -> !i.ignored()).toList();
    }

    /** How many issues were ignored with a reason. */
    public int ignoredCount() {
        return (int) issues.stream().filter(ReportedIssue::ignored).count();
    }

    /** How many open issues each check found, by check id. */
    public Map<CheckId, Integer> countsByCheck() {
        Map<CheckId, Integer> counts = new TreeMap<>();
        open().forEach(i -> counts.merge(i.check(), 1, Integer::sum));
        return counts;
    }

    /** How many open issues of each severity each check found, by check id. */
    public Map<CheckId, Map<Severity, Integer>> countsByCheckAndSeverity() {
        Map<CheckId, Map<Severity, Integer>> counts = new TreeMap<>();
        open().forEach(i -> counts.computeIfAbsent(i.check(), c -> new EnumMap<>(Severity.class))
                .merge(i.severity(), 1, Integer::sum));
        return counts;
    }

    /** How many open issues of a severity the language has. */
    public int count(Severity severity) {
        return (int) open().stream().filter(i -> i.severity() == severity).count();
    }
}
