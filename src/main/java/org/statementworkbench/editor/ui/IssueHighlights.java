package org.statementworkbench.editor.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;

/**
 * Paints the issues panel's list in the two editors: the open issues of the built-in checks underlined (dashed, by
 * severity) in the target and the source; the terminology and LanguageTool paint their own issues, except those
 * ignored, whose spans are left out here.
 */
final class IssueHighlights {

    /** Range ids of the built-in checks' highlights: this prefix and the issue's place in the list. */
    static final String PREFIX = "qa:";

    private IssueHighlights() {}

    static void paint(List<ShownIssue> issues, SegmentEditor source, TargetRanges targetRanges) {
        Set<Span> ignoredInTarget = new HashSet<>();
        Set<Span> ignoredInSource = new HashSet<>();
        List<HighlightRange> inTarget = new ArrayList<>();
        List<HighlightRange> inSource = new ArrayList<>();
        int n = 0;
        for (ShownIssue i : issues) {
            Span t = i.target();
            Span s = i.source();
            if (i.isIgnored()) {
                add(ignoredInTarget, t);
                add(ignoredInSource, s);
                continue;
            }
            if (i.family() == IssueFamily.TERMINOLOGY || i.family() == IssueFamily.LANGUAGE) {
                continue;
            }
            String id = PREFIX + n++;
            HighlightKind kind = kind(i.issue().severity());
            if (t != null) {
                inTarget.add(new HighlightRange(
                        id, t.start(), t.end(), kind, i.issue().message()));
            }
            if (s != null && s.fitsIn(source.getValue().length())) {
                inSource.add(new HighlightRange(
                        id, s.start(), s.end(), kind, i.issue().message()));
            }
        }
        List<HighlightRange> sourceRanges = new ArrayList<>();
        for (HighlightRange r : source.getRanges()) {
            boolean ignoredTerm = TargetRanges.isTermIssue(r) && ignoredInSource.contains(new Span(r.start(), r.end()));
            if (!r.id().startsWith(PREFIX) && !ignoredTerm) {
                sourceRanges.add(r);
            }
        }
        sourceRanges.addAll(inSource);
        targetRanges.checks(inTarget, ignoredInTarget);
        source.setRanges(sourceRanges);
    }

    private static void add(Set<Span> spans, @Nullable Span span) {
        if (span != null) {
            spans.add(span);
        }
    }

    private static HighlightKind kind(Severity severity) {
        return switch (severity) {
            case ERROR -> HighlightKind.QA_ERROR;
            case WARNING -> HighlightKind.QA_WARNING;
            case INFO -> HighlightKind.QA_INFO;
        };
    }
}
