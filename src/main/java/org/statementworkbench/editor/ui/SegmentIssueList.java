package org.statementworkbench.editor.ui;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.editor.IgnoreKey;
import org.statementworkbench.editor.IssueIgnore;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.qa.BuiltInChecks;
import org.statementworkbench.qa.SegmentPair;

/**
 * Gathers the issues of one segment translation from every check into one list: the built-in checks (run here on
 * the marked texts; well under a millisecond), the terminology's and LanguageTool's (whose spans lie in the plain
 * text and are moved to the marked one), each paired with its ignore if it has one. An empty target is not checked:
 * the translator has not begun.
 */
final class SegmentIssueList {

    private SegmentIssueList() {}

    static List<ShownIssue> of(
            UnLanguage sourceLanguage,
            String source,
            UnLanguage targetLanguage,
            String target,
            List<Issue> termIssues,
            List<LanguageMatch> languageMatches,
            List<IssueIgnore> ignores) {
        List<ShownIssue> all = new ArrayList<>();
        if (target.isBlank()) {
            return all;
        }
        var src = new MarkedOffsets(source);
        var tgt = new MarkedOffsets(target);
        for (Issue i : BuiltInChecks.check(
                BuiltInChecks.all(), new SegmentPair(sourceLanguage, source, targetLanguage, target))) {
            all.add(new ShownIssue(
                    i, within(i.source(), source), within(i.target(), target), IgnoreKey.of(i, source, target), null));
        }
        for (Issue i : termIssues) {
            all.add(new ShownIssue(
                    i,
                    marked(i.source(), src),
                    marked(i.target(), tgt),
                    IgnoreKey.of(i, src.plain(), tgt.plain()),
                    null));
        }
        for (LanguageMatch m : languageMatches) {
            Issue i = m.toIssue();
            all.add(new ShownIssue(i, null, marked(i.target(), tgt), LanguageIgnores.keyOf(m, tgt.plain()), null));
        }
        List<ShownIssue> shown = new ArrayList<>();
        for (ShownIssue s : all) {
            shown.add(s.ignoredAs(ignores.stream()
                    .filter(g -> g.key().equals(s.key()))
                    .findFirst()
                    .orElse(null)));
        }
        shown.sort(ShownIssue.ORDER);
        return shown;
    }

    private static @Nullable Span within(@Nullable Span span, String text) {
        return span == null || span.length() == 0 || !span.fitsIn(text.length()) ? null : span;
    }

    /** A span of the plain text moved to the marked one (null if empty or beyond the text). */
    private static @Nullable Span marked(@Nullable Span span, MarkedOffsets offsets) {
        if (span == null || span.length() == 0 || !span.fitsIn(offsets.plain().length())) {
            return null;
        }
        return new Span(offsets.start(span.start()), offsets.end(span.end()));
    }
}
