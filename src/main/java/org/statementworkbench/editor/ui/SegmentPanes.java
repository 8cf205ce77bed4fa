package org.statementworkbench.editor.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.editor.IssueIgnoreService;
import org.statementworkbench.editor.IssueIgnoresChanged;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.languagecheck.LanguageCheckService;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.languagecheck.LanguageRulesChanged;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.terminology.TerminologyIndex;
import org.statementworkbench.terminology.TerminologyUpdated;

/**
 * What shows the open segment below the grid: the edit pane, beside it the issues panel (every check's issues,
 * LanguageTool's among them) and the terminology panel (the glossary's terms to insert), all painting the target's
 * ranges, and who else has the segment open. Opening a segment shows it in all of them.
 */
class SegmentPanes implements SegmentNavigation.Panes {

    /** A panel of another feature that shows the open segment too (e.g. its comments). */
    interface Follower {
        void open(StatementSummary statement, MultiLanguageRow row, UnLanguage language);

        void openNothing();
    }

    final SegmentEditPane editPane;
    final SegmentTerminology terminology;
    final SegmentLanguageCheck languageCheck;
    final SegmentIssues issues;
    final PresenceNote presenceNote = new PresenceNote();
    private final OtherEditors others;
    private final Supplier<UnLanguage> target;
    private final List<Follower> followers = new ArrayList<>();

    SegmentPanes(
            SegmentEditPane editPane,
            UiBroadcasts broadcasts,
            UserService users,
            GlossaryService glossary,
            TerminologyIndex terminologyIndex,
            LanguageCheckService checks,
            LanguageRuleService languageRules,
            OtherEditors others,
            IssueIgnoreService ignores,
            Supplier<UnLanguage> target) {
        this.editPane = editPane;
        this.others = others;
        this.target = target;
        var targetRanges = new TargetRanges(editPane.target);
        this.terminology = new SegmentTerminology(
                terminologyIndex,
                glossary,
                broadcasts.of(TerminologyUpdated.class),
                editPane.source,
                editPane.target,
                targetRanges);
        this.languageCheck = new SegmentLanguageCheck(
                checks,
                languageRules,
                broadcasts.of(LanguageRulesChanged.class),
                editPane.target,
                targetRanges,
                () -> users.currentUser().map(UserAccount::roles).orElse(Set.<Role>of()));
        this.issues = new SegmentIssues(
                terminology,
                targetRanges,
                editPane.source,
                editPane.target,
                ignores,
                broadcasts.of(IssueIgnoresChanged.class));
        // LanguageTool's matches are listed, opened and ignored in the one issues panel
        issues.panel.addStatus(languageCheck.status);
        issues.onOpenMatch(languageCheck::open);
        issues.onIgnoresRead(languageCheck::ignoresChanged);
        languageCheck.onIgnore(issues::ignore);
    }

    /** {@code follower} shows every segment opened from now on. */
    void follow(Follower follower) {
        followers.add(follower);
    }

    @Override
    public @Nullable MultiLanguageRow openRow() {
        return editPane.row();
    }

    @Override
    public boolean keepUnsavedAsDraft() {
        return editPane.keepUnsavedAsDraft();
    }

    @Override
    public void openNothing(StatementSummary s) {
        editPane.show(null, s.sourceLanguage(), target.get());
        terminology.show(s.sourceLanguage(), target.get());
        languageCheck.show(null);
        issues.show(null);
        others.leave();
        presenceNote.show(List.of(), target.get());
        followers.forEach(Follower::openNothing);
    }

    @Override
    public void open(StatementSummary s, MultiLanguageRow row) {
        UnLanguage language = target.get();
        editPane.show(row, s.sourceLanguage(), language);
        terminology.show(s.sourceLanguage(), language);
        languageCheck.show(
                new SegmentLanguageCheck.Target(s.id(), row.segmentId(), row.number(), language, editPane.canEdit()));
        issues.show(new SegmentIssues.Shown(
                row.segmentId(), s.sourceLanguage(), language, editPane.canEdit(), editPane.canReview()));
        others.open(s.id(), row.segmentId(), language);
        presenceNote.show(others.on(row.segmentId()), language);
        followers.forEach(f -> f.open(s, row, language));
        editPane.focusTarget();
    }

    /** Someone arrived at or left these segments: the note changes if the open one is among them. */
    void othersMoved(Set<Long> segmentIds) {
        MultiLanguageRow open = editPane.row();
        if (open != null && segmentIds.contains(open.segmentId())) {
            presenceNote.show(others.on(open.segmentId()), target.get());
        }
    }
}
