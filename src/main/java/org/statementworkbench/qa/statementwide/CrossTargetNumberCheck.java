package org.statementworkbench.qa.statementwide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.qa.MultilingualSegment;
import org.statementworkbench.qa.SegmentCheck;
import org.statementworkbench.qa.SegmentPair;
import org.statementworkbench.qa.StatementCheck;
import org.statementworkbench.qa.StatementIssue;
import org.statementworkbench.qa.StatementText;
import org.statementworkbench.qa.number.NumberCheck;

/**
 * Family {@code cross-target}: {@code cross-target.number} (warning) on a translation whose numbers differ from the
 * source (the number checks report something for it) while at least two other translations of the segment agree with
 * the source, and more of them agree than differ (empty and untranslated targets count as neither). The numbers are read and paired by {@link NumberCheck}; the issue
 * points where that check's first finding points and says which languages agree.
 *
 * <p>A warning, not an error: it fires only where {@code number.*} already reports an error for the same translation,
 * and adds what the other languages say, which tells the reviewer the source was read right and the slip is in this
 * translation. As an error it would count the same slip twice and ask for a second justification at approval.
 */
public final class CrossTargetNumberCheck implements StatementCheck {

    public static final String FAMILY = "cross-target";
    public static final CheckId NUMBER = new CheckId(FAMILY, "number");

    private static final int MIN_AGREEING = 2;

    /** The number check's findings for one translation of a segment of the statement being checked. */
    @FunctionalInterface
    public interface NumberFindings {
        List<Issue> of(MultilingualSegment segment, SegmentPair translation);
    }

    private final NumberFindings numbers;

    public CrossTargetNumberCheck() {
        this(new NumberCheck());
    }

    /** @param numbers the number check to compare each translation with the source (the same one the editor runs) */
    public CrossTargetNumberCheck(SegmentCheck numbers) {
        this((segment, translation) -> numbers.check(translation));
    }

    /** @param numbers the number check's findings, e.g. those a run of the segment checks has already made */
    public CrossTargetNumberCheck(NumberFindings numbers) {
        this.numbers = numbers;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<StatementIssue> check(StatementText statement) {
        List<StatementIssue> issues = new ArrayList<>();
        for (MultilingualSegment segment : statement.segments()) {
            if (segment.targets().size() <= MIN_AGREEING) {
                continue;
            }
            Map<UnLanguage, List<Issue>> differing = new EnumMap<>(UnLanguage.class);
            List<UnLanguage> agreeing = new ArrayList<>();
            for (UnLanguage language : UnLanguage.values()) {
                String target = segment.targets().get(language);
                if (target == null
                        || target.isBlank()
                        || target.strip().equals(segment.source().strip())) {
                    continue;
                }
                List<Issue> found = numbers.of(
                        segment, new SegmentPair(statement.sourceLanguage(), segment.source(), language, target));
                if (found.isEmpty()) {
                    agreeing.add(language);
                } else {
                    differing.put(language, found);
                }
            }
            if (differing.isEmpty() || agreeing.size() < MIN_AGREEING || agreeing.size() <= differing.size()) {
                continue;
            }
            String others = agreeing.stream().map(UnLanguage::englishName).collect(Collectors.joining(", "));
            differing.forEach((language, found) -> {
                Issue first = found.getFirst();
                String message =
                        "The numbers of this translation differ from the source, while the other translations ("
                                + others + ") agree with it: " + first.message();
                issues.add(new StatementIssue(
                        segment.key(),
                        language,
                        new Issue(NUMBER, Severity.WARNING, message, first.source(), first.target())));
            });
        }
        return List.copyOf(issues);
    }
}
