package org.statementworkbench.qa;

import java.util.List;
import java.util.Map;

/**
 * A check that finds issues in the units of a file: the terminology checks, LanguageTool, ... Providers are passed
 * in by whoever runs the QA (no service locator); each sees all units of a file at once, in file order, so checks
 * across units (term.inconsistent) fit the same interface.
 */
public interface IssueProvider {

    /** Checks the units of one file. */
    Findings check(List<QaUnit> units);

    /**
     * What a provider found: its issues (in unit order) and named counts for the report's header, e.g.
     * {@code termHits}.
     */
    record Findings(List<UnitIssue> issues, Map<String, Integer> counts) {

        public Findings {
            issues = List.copyOf(issues);
            counts = Map.copyOf(counts);
        }
    }
}
