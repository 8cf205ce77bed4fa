package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;

/**
 * The result of checking one file: its units, the issues of all providers (in unit order, each provider's own
 * order within a unit), the term hits, and the issue count per check id.
 */
public record QaReport(String title, List<QaUnit> units, int termHits, List<UnitIssue> issues) {

    public QaReport {
        units = List.copyOf(units);
        issues = List.copyOf(issues);
    }

    /** Runs the providers over the units and merges what they found. */
    public static QaReport check(String title, List<QaUnit> units, List<IssueProvider> providers) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            order.putIfAbsent(units.get(i).id(), i);
        }
        List<UnitIssue> issues = new ArrayList<>();
        int termHits = 0;
        for (IssueProvider provider : providers) {
            IssueProvider.Findings findings = provider.check(units);
            issues.addAll(findings.issues());
            termHits += findings.counts().getOrDefault(TermIssueProvider.TERM_HITS, 0);
        }
        issues.sort(Comparator.comparingInt(i -> order.getOrDefault(i.unit(), Integer.MAX_VALUE)));
        return new QaReport(title, units, termHits, issues);
    }

    /** Issues per check id, sorted by id. */
    public SortedMap<CheckId, Integer> summary() {
        SortedMap<CheckId, Integer> summary = new TreeMap<>();
        issues.forEach(i -> summary.merge(i.issue().check(), 1, Integer::sum));
        return summary;
    }

    /** The issues per unit id, in report order. */
    public Map<String, List<Issue>> issuesByUnit() {
        Map<String, List<Issue>> byUnit = new LinkedHashMap<>();
        issues.forEach(
                i -> byUnit.computeIfAbsent(i.unit(), k -> new ArrayList<>()).add(i.issue()));
        return byUnit;
    }
}
