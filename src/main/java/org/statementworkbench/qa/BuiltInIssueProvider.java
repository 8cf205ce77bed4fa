package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statementworkbench.base.UnLanguage;

/**
 * The built-in checks ({@link StatementChecks}: numbers, symbols, punctuation, ..., and the statement-wide ones) as an
 * issue provider. The units of one file are one statement: {@code inconsistent.*} compares them with each other, and
 * {@code cross-target.number} compares the target with the units' translations into other languages where the file
 * has them (TMX). Only the target language is reported on.
 */
final class BuiltInIssueProvider implements IssueProvider {

    private final StatementChecks checks;
    private final UnLanguage source;
    private final UnLanguage target;

    BuiltInIssueProvider(StatementChecks checks, UnLanguage source, UnLanguage target) {
        this.checks = checks;
        this.source = source;
        this.target = target;
    }

    @Override
    public Findings check(List<QaUnit> units) {
        List<MultilingualSegment> segments = new ArrayList<>(units.size());
        for (QaUnit unit : units) {
            Map<UnLanguage, String> targets = new EnumMap<>(UnLanguage.class);
            targets.putAll(unit.others());
            targets.remove(source);
            targets.put(target, unit.target());
            segments.add(new MultilingualSegment(unit.id(), unit.source(), targets));
        }
        List<UnitIssue> issues = new ArrayList<>();
        for (StatementIssue issue : checks.check(new StatementText(source, segments), Set.of(target))) {
            issues.add(new UnitIssue(issue.segmentKey(), issue.issue()));
        }
        return new Findings(issues, Map.of());
    }
}
