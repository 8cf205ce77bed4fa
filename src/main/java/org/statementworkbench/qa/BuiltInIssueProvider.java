package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;

/** The built-in segment checks ({@link BuiltInChecks}: numbers, symbols, punctuation, ...) as an issue provider. */
final class BuiltInIssueProvider implements IssueProvider {

    private final List<SegmentCheck> checks;
    private final UnLanguage source;
    private final UnLanguage target;

    BuiltInIssueProvider(List<SegmentCheck> checks, UnLanguage source, UnLanguage target) {
        this.checks = List.copyOf(checks);
        this.source = source;
        this.target = target;
    }

    @Override
    public Findings check(List<QaUnit> units) {
        List<UnitIssue> issues = new ArrayList<>();
        for (QaUnit unit : units) {
            for (Issue issue :
                    BuiltInChecks.check(checks, new SegmentPair(source, unit.source(), target, unit.target()))) {
                issues.add(new UnitIssue(unit.id(), issue));
            }
        }
        return new Findings(issues, Map.of());
    }
}
