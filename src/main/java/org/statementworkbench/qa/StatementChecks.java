package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.qa.number.NumberCheck;
import org.statementworkbench.qa.statementwide.CrossTargetNumberCheck;
import org.statementworkbench.qa.statementwide.InconsistencyCheck;

/**
 * All built-in checks of a statement in one place: the segment checks of {@link BuiltInChecks} on every segment in
 * every target language, and the statement-wide checks ({@code inconsistent}, {@code cross-target}) on the whole
 * statement. The editor, the statement's QA report and the batch command run their checks through this. Immutable
 * and thread-safe.
 */
public final class StatementChecks {

    private static final List<StatementCheck> STATEMENT_WIDE =
            List.of(new InconsistencyCheck(), new CrossTargetNumberCheck());
    private static final NumberCheck NUMBERS = new NumberCheck();
    private static final StatementChecks ALL = new StatementChecks(BuiltInChecks.all(), STATEMENT_WIDE);

    private final List<SegmentCheck> segmentChecks;
    private final List<StatementCheck> statementChecks;

    private StatementChecks(List<SegmentCheck> segmentChecks, List<StatementCheck> statementChecks) {
        this.segmentChecks = List.copyOf(segmentChecks);
        this.statementChecks = List.copyOf(statementChecks);
    }

    /** Every built-in check, segment and statement-wide. */
    public static StatementChecks all() {
        return ALL;
    }

    /** The families of the statement-wide checks: {@code inconsistent}, {@code cross-target}. */
    public static List<String> statementFamilies() {
        return STATEMENT_WIDE.stream().map(StatementCheck::family).toList();
    }

    /** Every built-in family: those of {@link BuiltInChecks#families()}, then the statement-wide ones. */
    public static List<String> families() {
        Set<String> families = new LinkedHashSet<>(BuiltInChecks.families());
        families.addAll(statementFamilies());
        return List.copyOf(families);
    }

    /**
     * The checks of the given families, in the usual order.
     *
     * @throws IllegalArgumentException naming a family that is not built in
     */
    public static StatementChecks of(Collection<String> families) {
        List<String> known = families();
        for (String family : families) {
            if (!known.contains(family)) {
                throw new IllegalArgumentException(
                        "Not a built-in check family: " + family + " (known: " + String.join(", ", known) + ")");
            }
        }
        return new StatementChecks(
                BuiltInChecks.of(List.copyOf(families)),
                STATEMENT_WIDE.stream()
                        .filter(c -> families.contains(c.family()))
                        .toList());
    }

    public List<SegmentCheck> segmentChecks() {
        return segmentChecks;
    }

    public List<StatementCheck> statementChecks() {
        return statementChecks;
    }

    /**
     * Runs the checks: the issues of every segment, in segment order, then target language order; within one
     * translation, the segment checks' issues first, then the statement-wide ones.
     */
    public List<StatementIssue> check(StatementText statement) {
        return check(statement, EnumSet.allOf(UnLanguage.class));
    }

    /**
     * Runs the checks, reporting on the translations into the {@code reported} languages only: the segment checks
     * run on those, and the other translations serve the statement-wide checks as witnesses (a bilingual report
     * from a multilingual file).
     */
    public List<StatementIssue> check(StatementText statement, Set<UnLanguage> reported) {
        // the number check's findings serve cross-target.number too: each translation's numbers are read once
        Map<MultilingualSegment, Map<UnLanguage, List<Issue>>> numberFindings = new IdentityHashMap<>();
        List<StatementIssue> issues = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        for (MultilingualSegment segment : statement.segments()) {
            order.putIfAbsent(segment.key(), order.size());
            for (UnLanguage language : UnLanguage.values()) {
                String target = segment.targets().get(language);
                if (target == null || segmentChecks.isEmpty() || !reported.contains(language)) {
                    continue;
                }
                SegmentPair pair = new SegmentPair(statement.sourceLanguage(), segment.source(), language, target);
                for (SegmentCheck check : segmentChecks) {
                    List<Issue> found = check.check(pair);
                    if (check.family().equals(NumberCheck.FAMILY)) {
                        numberFindings
                                .computeIfAbsent(segment, s -> new EnumMap<>(UnLanguage.class))
                                .put(language, found);
                    }
                    for (Issue issue : found) {
                        issues.add(new StatementIssue(segment.key(), language, issue));
                    }
                }
            }
        }
        if (statementChecks.isEmpty()) {
            return issues;
        }
        for (StatementCheck check : statementChecks) {
            StatementCheck run = check instanceof CrossTargetNumberCheck
                    ? new CrossTargetNumberCheck((segment, translation) -> {
                        List<Issue> known =
                                numberFindings.getOrDefault(segment, Map.of()).get(translation.targetLanguage());
                        return known != null ? known : NUMBERS.check(translation);
                    })
                    : check;
            for (StatementIssue issue : run.check(statement)) {
                if (reported.contains(issue.language())) {
                    issues.add(issue);
                }
            }
        }
        // a stable sort: the segment checks' issues stay before the statement-wide ones of the same translation
        issues.sort(Comparator.comparingInt((StatementIssue i) -> order.getOrDefault(i.segmentKey(), Integer.MAX_VALUE))
                .thenComparing(StatementIssue::language));
        return List.copyOf(issues);
    }
}
