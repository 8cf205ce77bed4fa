package org.statementworkbench.editor.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.base.ui.UiBroadcaster;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.editor.IssueIgnore;
import org.statementworkbench.editor.IssueIgnoreService;
import org.statementworkbench.editor.IssueIgnoresChanged;
import org.statementworkbench.languagecheck.LanguageMatch;

/**
 * The issues of the segment being edited, from every check, in the {@link SegmentIssuesPanel}: recomputed whenever
 * the target text reaches the server (300 ms after typing stops; the built-in checks take well under a millisecond,
 * so they run on the request thread), when the terminology was checked again and when LanguageTool answers. The
 * built-in checks' spans are underlined in both editors (the terminology and LanguageTool paint their own). F8 and
 * Shift+F8 step through the open issues ({@link #step}); ignores go through {@link IssueIgnoreService}, from the
 * panel and from the LanguageTool popover alike ({@link #ignore(LanguageMatch)}). A click on a LanguageTool issue
 * opens its match (suggestions, rule switches) as a click on its underline does.
 */
class SegmentIssues implements SegmentIssuesPanel.Actions {

    /** The segment translation shown: {@code canEdit} may ignore issues, {@code canReview} may show them again. */
    record Shown(long segmentId, UnLanguage sourceLanguage, UnLanguage language, boolean canEdit, boolean canReview) {}

    final SegmentIssuesPanel panel = new SegmentIssuesPanel(this);
    private final SegmentTerminology terminology;
    private final TargetRanges targetRanges;
    private final SegmentEditor source;
    private final SegmentEditor target;
    private final IssueIgnoreService ignoreService;
    private @Nullable Shown shown;
    private List<IssueIgnore> ignores = List.of();
    private List<ShownIssue> issues = List.of();
    /** The open issue F8 last went to (its place in {@link #open()}, or -1), and that issue. */
    private int current = -1;

    private @Nullable ShownIssue currentIssue;

    private Consumer<List<IssueIgnore>> ignoresRead = i -> {};
    private Consumer<String> openMatch = id -> {};

    SegmentIssues(
            SegmentTerminology terminology,
            TargetRanges targetRanges,
            SegmentEditor source,
            SegmentEditor target,
            IssueIgnoreService ignoreService,
            UiBroadcaster<IssueIgnoresChanged> ignoresChanged) {
        this.terminology = terminology;
        this.targetRanges = targetRanges;
        this.source = source;
        this.target = target;
        this.ignoreService = ignoreService;
        target.addValueChangeListener(e -> recheck()); // after the terminology's listener: its result is current
        targetRanges.onLanguageChanged(this::recheck);
        // someone else ignored an issue here, or a reviewer showed one again: this editor changed its own already
        ignoresChanged.register(panel, Echo.SKIP, e -> {
            Shown s = shown;
            if (s != null && s.segmentId() == e.segmentId() && s.language() == e.language()) {
                show(s);
            }
        });
    }

    /** Hands the ignores read for each segment shown to {@code listener} (LanguageTool's counts leave them out). */
    void onIgnoresRead(Consumer<List<IssueIgnore>> listener) {
        this.ignoresRead = listener;
    }

    /** Opens a LanguageTool match by its id (its popover, with suggestions) when its issue is clicked. */
    void onOpenMatch(Consumer<String> opener) {
        this.openMatch = opener;
    }

    /** A new segment (or none) is in the editors. */
    void show(@Nullable Shown now) {
        if (shown == null
                || now == null
                || shown.segmentId() != now.segmentId()
                || shown.language() != now.language()) {
            currentIssue = null;
        }
        shown = now;
        ignores = now == null ? List.of() : ignoreService.ignored(now.segmentId(), now.language());
        ignoresRead.accept(ignores);
        recheck();
    }

    /** The issues as listed, ignored ones included. */
    List<ShownIssue> issues() {
        return issues;
    }

    /** The issues not ignored, in the order F8 visits them. */
    List<ShownIssue> open() {
        return issues.stream().filter(i -> !i.isIgnored()).toList();
    }

    void recheck() {
        Shown s = shown;
        issues = s == null
                ? List.of()
                : SegmentIssueList.of(
                        s.sourceLanguage(),
                        source.getValue(),
                        s.language(),
                        target.getValue(),
                        terminology.result().issues(),
                        targetRanges.matches(),
                        ignores);
        ShownIssue before = currentIssue;
        List<ShownIssue> open = open();
        current = -1;
        for (int n = 0; before != null && n < open.size(); n++) {
            if (open.get(n).key().equals(before.key())) {
                current = n; // a new check (typing elsewhere, LanguageTool answering) keeps F8's place
                break;
            }
        }
        paint();
        panel.show(issues, s != null && s.canEdit(), s != null && s.canReview());
    }

    /**
     * Goes to the next ({@code direction} 1) or previous (-1) open issue of this segment and selects its words;
     * false when there is none that way (F8 then looks in the next segments).
     */
    boolean step(int direction) {
        List<ShownIssue> open = open();
        int next = current < 0 && direction < 0 ? open.size() - 1 : current + direction;
        if (next < 0 || next >= open.size()) {
            return false;
        }
        current = next;
        currentIssue = open.get(next);
        select(open.get(next));
        return true;
    }

    /** After arriving at a segment from another: the first (direction 1) or the last (-1) open issue. */
    void stepInto(int direction) {
        current = -1;
        currentIssue = null;
        step(direction);
    }

    @Override
    public void select(ShownIssue issue) {
        Span t = issue.target();
        Span s = issue.source();
        if (t != null && t.fitsIn(target.getValue().length())) {
            target.select(t.start(), t.end());
            target.focusEditor();
        } else if (s != null && s.fitsIn(source.getValue().length())) {
            source.select(s.start(), s.end());
            source.focusEditor();
        }
    }

    /** A LanguageTool issue opens its match (as its underline does); any other is selected. */
    @Override
    public void open(ShownIssue issue) {
        String matchId = issue.issue().subject();
        if (issue.family() == IssueFamily.LANGUAGE && matchId != null && !issue.isIgnored()) {
            openMatch.accept(matchId);
        } else {
            select(issue);
        }
    }

    /** The Ignore of the LanguageTool popover: the match's issue is ignored as the panel ignores it, with a reason. */
    void ignore(LanguageMatch match) {
        var key = LanguageIgnores.keyOf(match, targetRanges.plain());
        ShownIssue issue = issues.stream()
                .filter(i -> i.key().equals(key))
                .findFirst()
                .orElseGet(() -> new ShownIssue(match.toIssue(), null, null, key, null));
        ignore(issue);
    }

    @Override
    public void ignore(ShownIssue issue) {
        Shown s = shown;
        if (s != null) {
            new IgnoreIssueDialog(issue, reason -> ignored(s, issue, reason)).open();
        }
    }

    private boolean ignored(Shown s, ShownIssue issue, String reason) {
        try {
            ignoreService.ignore(s.segmentId(), s.language(), issue.key(), reason);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "Not ignored."));
            return false;
        }
        terminology.recheck(); // its highlights come back whole; paint() leaves the ignored ones out again
        show(s);
        return true;
    }

    @Override
    public void unignore(IssueIgnore ignore) {
        try {
            ignoreService.unignore(ignore.id());
        } catch (AccessDeniedException | IllegalArgumentException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "Not changed."));
        }
        terminology.recheck();
        show(shown);
    }

    /** Underlines the open issues of the built-in checks; ignored term and LanguageTool issues lose theirs. */
    private void paint() {
        IssueHighlights.paint(issues, source, targetRanges);
    }
}
