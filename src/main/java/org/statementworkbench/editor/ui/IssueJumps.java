package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.editor.IssueIgnore;
import org.statementworkbench.editor.IssueIgnoreService;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.terminology.TerminologyIndex;

/**
 * F8 / Shift+F8: the next / previous open issue of the current segment (its words selected); past the last one, the
 * first issue of the next segment of the (filtered) list that has errors or warnings of the built-in or the
 * terminology checks not ignored (LanguageTool is left out there: it is too slow to run over the statement on a
 * key press; its matches are visited within the segment).
 */
class IssueJumps {

    private final SegmentIssues issues;
    private final SegmentNavigation navigation;
    private final TerminologyIndex terminology;
    private final IssueIgnoreService ignores;
    private final Supplier<@Nullable StatementSummary> statement;
    private final Supplier<UnLanguage> target;

    IssueJumps(
            Component owner,
            SegmentIssues issues,
            SegmentNavigation navigation,
            TerminologyIndex terminology,
            IssueIgnoreService ignores,
            Supplier<@Nullable StatementSummary> statement,
            Supplier<UnLanguage> target) {
        this.issues = issues;
        this.navigation = navigation;
        this.terminology = terminology;
        this.ignores = ignores;
        this.statement = statement;
        this.target = target;
        Shortcuts.addShortcutListener(owner, () -> jump(1), Key.F8);
        Shortcuts.addShortcutListener(owner, () -> jump(-1), Key.F8, KeyModifier.SHIFT);
    }

    /** Goes to the next (1) or previous (-1) issue, in this segment or the nearest one with issues that way. */
    void jump(int direction) {
        if (issues.step(direction)) {
            return;
        }
        StatementSummary s = statement.get();
        if (s == null) {
            return;
        }
        UnLanguage language = target.get();
        Map<Long, List<IssueIgnore>> ignored = ignores.ignoredInStatement(s.id(), language);
        if (navigation.moveToNext(direction, row -> hasIssues(s, row, language, ignored))) {
            issues.stepInto(direction);
        } else {
            Notifications.success(direction > 0 ? "No more issues after this one." : "No issues before this one.");
        }
    }

    private boolean hasIssues(
            StatementSummary s, MultiLanguageRow row, UnLanguage language, Map<Long, List<IssueIgnore>> ignored) {
        String text = row.target(language).text();
        if (text.isBlank()) {
            return false;
        }
        var src = new MarkedOffsets(row.source());
        var tgt = new MarkedOffsets(text);
        var termIssues = terminology
                .checker(s.sourceLanguage(), language)
                .check(src.plain(), tgt.plain())
                .issues();
        return SegmentIssueList.of(
                        s.sourceLanguage(),
                        row.source(),
                        language,
                        text,
                        termIssues,
                        List.of(),
                        ignored.getOrDefault(row.segmentId(), List.of()))
                .stream()
                .anyMatch(i -> !i.isIgnored() && i.issue().severity() != Severity.INFO);
    }
}
