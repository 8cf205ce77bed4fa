package org.statementworkbench.qa.conventions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.qa.SegmentCheck;
import org.statementworkbench.qa.SegmentPair;
import org.statementworkbench.statement.InlineMarkers;
import org.statementworkbench.statement.InlineMarkers.Kind;
import org.statementworkbench.statement.InlineMarkers.Stretch;

/**
 * Family {@code marker}: the bold and italic of the source kept in the target. The editor stores them as inline
 * markers ({@code **bold**}, {@code *italic*}); the statement module reads them ({@link InlineMarkers}), the same
 * reading as its export.
 *
 * <ul>
 *   <li>{@code marker.mismatch} (warning): the target has fewer or more bold (or italic) stretches than the source,
 *       or opens one it never closes (the export would then format the rest of the segment).
 * </ul>
 *
 * <p>Stretches are counted per kind, not matched one to one: a translation may move a bold phrase. When the counts
 * differ, the first stretch past the shorter count is pointed at. A stretch left open is reported as such, and not
 * again as lost or added.
 */
public final class MarkerCheck implements SegmentCheck {

    static final String FAMILY = "marker";
    static final Convention MISMATCH = Convention.of(FAMILY, "mismatch", Severity.WARNING);

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<Issue> check(SegmentPair segment) {
        String target = segment.target();
        boolean sourceMarked = segment.source().indexOf('*') >= 0;
        if (target.isBlank() || (!sourceMarked && target.indexOf('*') < 0)) {
            return List.of();
        }
        List<Stretch> source = sourceMarked ? InlineMarkers.stretches(segment.source()) : List.of();
        List<Stretch> translated = InlineMarkers.stretches(target);
        List<Issue> issues = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            compare(kind, of(kind, source), of(kind, translated), issues);
        }
        return Convention.inTextOrder(issues);
    }

    private static void compare(Kind kind, List<Stretch> source, List<Stretch> target, List<Issue> issues) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        boolean sourceClosed = source.stream().allMatch(Stretch::closed);
        for (Stretch open : target) {
            if (!open.closed() && sourceClosed) {
                issues.add(MISMATCH.inTarget(
                        "The " + name + " marker “" + kind.marker() + "” is opened but not closed",
                        open.start(),
                        open.start() + kind.marker().length()));
            }
        }
        // A stretch left open counts as kept (it is reported above), not as added.
        List<Stretch> closed = target.stream().filter(Stretch::closed).toList();
        if (target.size() < source.size()) {
            Stretch lost = source.get(target.size());
            issues.add(MISMATCH.issue(
                    "The source has " + stretches(source.size(), name) + ", the target " + target.size() + ": " + name
                            + " formatting is lost",
                    new Span(lost.start(), lost.end()),
                    null));
        } else if (closed.size() > source.size()) {
            Stretch added = closed.get(source.size());
            issues.add(MISMATCH.inTarget(
                    "The target has " + stretches(closed.size(), name) + ", the source " + source.size() + ": " + name
                            + " formatting is added",
                    added.start(),
                    added.end()));
        }
    }

    private static String stretches(int count, String name) {
        return count + " " + name + (count == 1 ? " stretch" : " stretches");
    }

    private static List<Stretch> of(Kind kind, List<Stretch> stretches) {
        return stretches.stream().filter(s -> s.kind() == kind).toList();
    }
}
