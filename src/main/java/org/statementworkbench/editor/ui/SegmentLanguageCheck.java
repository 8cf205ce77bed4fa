package org.statementworkbench.editor.ui;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.UiBroadcaster;
import org.statementworkbench.editor.IssueIgnore;
import org.statementworkbench.languagecheck.CheckResult;
import org.statementworkbench.languagecheck.LanguageCheckService;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.languagecheck.LanguageRulesChanged;
import org.statementworkbench.languagecheck.RuleSettings;
import org.statementworkbench.security.Role;

/**
 * LanguageTool for the segment being edited. The target is checked when a segment opens, as the translator pauses
 * typing (its text reaches the server 300 ms after the last key; the check starts {@link #PAUSE_MILLIS} later),
 * at once after a suggestion was applied and after a save of a text not yet checked. Checks run on the language
 * check threads, never here; their result comes back through {@code UI.access} and is dropped if the text changed
 * meanwhile (a newer check is on its way). Rules switched off are not checked. Every match is painted and handed
 * to the issues panel, which lists it once with the other issues; matches ignored there (through the one
 * {@code IssueIgnoreService}, with a reason) are greyed in it, not painted, and not counted here. Where the check
 * stands shows in {@link #status}, atop the issues panel.
 */
class SegmentLanguageCheck {

    /** After the text reached the server: with the editor's 300 ms, about 700 ms after the last key. */
    static final long PAUSE_MILLIS = 400;
    /** How often a language still loading is tried again. */
    static final long WARMING_RETRY_MILLIS = 2000;

    /** The segment translation being checked. {@code editable}: the person may change its text. */
    record Target(long statementId, long segmentId, int number, UnLanguage language, boolean editable) {}

    /** What a check found in a segment translation (ignored matches left out), for the statement's overview. */
    record Checked(long segmentId, UnLanguage language, int matches) {}

    final LanguageCheckStatus status = new LanguageCheckStatus();
    final LanguageMatchPopover popover;
    private final LanguageCheckService checks;
    private final LanguageRuleService rules;
    private final SegmentEditor editor;
    private final TargetRanges ranges;
    private final Supplier<Set<Role>> roles;
    private Consumer<Checked> checked = c -> {};
    private Consumer<LanguageMatch> ignore = m -> {};
    private @Nullable Target target;
    private RuleSettings settings = RuleSettings.DEFAULT;
    private LanguageIgnores ignored = LanguageIgnores.NONE;
    /** The last result applied, for the text in it (the editor may hold a newer one). */
    private @Nullable CheckResult last;
    /** Counts text and segment changes: a task scheduled under an older count is stale. */
    private int generation;

    private boolean checkAtOnce;

    SegmentLanguageCheck(
            LanguageCheckService checks,
            LanguageRuleService rules,
            UiBroadcaster<LanguageRulesChanged> rulesUpdates,
            SegmentEditor editor,
            TargetRanges ranges,
            Supplier<Set<Role>> roles) {
        this.checks = checks;
        this.rules = rules;
        this.editor = editor;
        this.ranges = ranges;
        this.roles = roles;
        this.popover = new LanguageMatchPopover(new LanguageMatchActions(this, rules, editor, ranges));
        status.add(popover);
        editor.addValueChangeListener(e -> textChanged());
        editor.addRangeClickListener(e -> {
            if (e.getRangeId().startsWith(TargetRanges.PREFIX)) {
                open(e.getRangeId(), e.isPointer() ? Opening.CLICK_IN_TEXT : Opening.KEY_IN_TEXT);
            }
        });
        popover.addOpenedChangeListener(e -> {
            if (!e.isOpened() && e.isFromClient() && popover.takesFocus()) {
                editor.focusEditor(); // back from the popover; a popover opened by a click never had the focus
            }
        });
        rulesUpdates.register(status, this::rulesChanged);
        status.addDetachListener(e -> generation++);
    }

    /** Tells {@code listener} what each check of a segment found. */
    void onChecked(Consumer<Checked> listener) {
        this.checked = listener;
    }

    /** Hands a match to ignore (the popover's Ignore) to {@code handler}: the issues panel asks for the reason. */
    void onIgnore(Consumer<LanguageMatch> handler) {
        this.ignore = handler;
    }

    /** The popover's Ignore: the match goes to the issues panel's ignore, which asks why. */
    void ignore(LanguageMatch match) {
        popover.close();
        ignore.accept(match);
    }

    /** A new segment (or none) is in the editor: check it now. */
    void show(@Nullable Target shown) {
        generation++;
        popover.close();
        target = shown;
        last = null;
        checkAtOnce = false;
        ranges.language(List.of(), "");
        if (shown == null) {
            status.idle();
            return;
        }
        settings = rules.settingsFor(shown.statementId(), shown.language());
        ignored = LanguageIgnores.NONE; // the issues panel reads this segment's ignores and hands them over
        start(generation);
    }

    /** The segment was saved: check its text now unless the last check was of this very text. */
    void saved() {
        CheckResult result = last;
        if (target != null
                && (result == null || !result.checked() || !result.text().equals(plainText()))) {
            start(++generation);
        }
    }

    /** The rules of this statement or language changed: read them again and check again. */
    void rulesChanged(LanguageRulesChanged event) {
        Target t = target;
        if (t != null && event.concerns(t.statementId(), t.language())) {
            try {
                settings = rules.settingsFor(t.statementId(), t.language());
            } catch (AccessDeniedException | AuthenticationException e) {
                return; // signed out meanwhile: nothing to check for
            }
            start(++generation);
        }
    }

    /** The matches of the last check, as they lie in the current text. */
    List<LanguageMatch> matches() {
        return ranges.matches();
    }

    @Nullable
    CheckResult lastResult() {
        return last;
    }

    /** The segment translation checked now, if any. */
    @Nullable
    Target target() {
        return target;
    }

    /** The next text change (a suggestion applied) is checked at once, without waiting for a pause. */
    void checkNextChangeAtOnce() {
        checkAtOnce = true;
    }

    /** The ignores of the segment translation shown, as just read: counts the last result's matches anew. */
    void ignoresChanged(List<IssueIgnore> now) {
        ignored = LanguageIgnores.of(now);
        count();
    }

    /** The rules in force changed: check again with them. */
    void settingsChanged(RuleSettings now) {
        settings = now;
        start(++generation);
    }

    private String plainText() {
        return SegmentEditor.plainText(editor.getValue());
    }

    private void textChanged() {
        if (target == null) {
            return;
        }
        int current = ++generation;
        if (popover.isOpened()) {
            popover.close();
        }
        if (checkAtOnce) {
            checkAtOnce = false;
            start(current);
        } else {
            later(current, PAUSE_MILLIS);
        }
    }

    private void later(int scheduled, long millis) {
        UiUpdates.later(millis, () -> {
            if (scheduled == generation) {
                start(scheduled);
            }
        });
    }

    private void start(int scheduled) {
        Target t = target;
        if (t == null || scheduled != generation) {
            return;
        }
        String plain = plainText();
        if (plain.isBlank()) {
            last = null;
            ranges.language(List.of(), plain);
            status.idle();
            checked.accept(new Checked(t.segmentId(), t.language(), 0));
            return;
        }
        status.checking();
        UiUpdates.onUi(
                checks.check(t.language(), plain, settings),
                (result, error) -> arrived(
                        scheduled,
                        t,
                        plain,
                        result != null
                                ? result
                                : CheckResult.notChecked(t.language(), plain, UiUpdates.reason(error))));
    }

    private void arrived(int scheduled, Target t, String plain, CheckResult result) {
        if (scheduled != generation || t != target || !plain.equals(plainText())) {
            return;
        }
        last = result;
        switch (result.outcome()) {
            case WARMING -> {
                ranges.language(List.of(), plain);
                status.warming(Objects.requireNonNullElse(result.reason(), "Checking available shortly"));
                later(scheduled, WARMING_RETRY_MILLIS);
            }
            case NOT_CHECKED -> {
                ranges.language(List.of(), plain);
                status.notChecked(Objects.requireNonNullElse(result.reason(), "unknown reason"));
            }
            case CHECKED -> repaint();
        }
    }

    /** Hands the last result's matches to the ranges (and so to the issues panel), and counts them. */
    private void repaint() {
        CheckResult result = last;
        if (result == null || target == null || !result.checked()) {
            return;
        }
        status.checked();
        ranges.language(result.matches(), result.text());
        count();
    }

    /** Tells the statement's overview how many of the last result's matches are not ignored. */
    private void count() {
        CheckResult result = last;
        Target t = target;
        if (result != null && t != null && result.checked()) {
            checked.accept(new Checked(
                    t.segmentId(),
                    t.language(),
                    ignored.visible(result.matches(), result.text()).size()));
        }
    }

    /** How a match is opened, which decides where the keyboard focus and the caret go. */
    enum Opening {
        /** From the issue panel: the match is selected in the text, the focus moves into the popover. */
        FROM_PANEL,
        /** Ctrl+., Alt+Enter or Enter at the caret: the focus moves into the popover; the caret stays where it is. */
        KEY_IN_TEXT,
        /** A click on the underline: the popover shows, the focus and the caret stay in the text, typing goes on. */
        CLICK_IN_TEXT
    }

    /** Opens a match from the issue panel. */
    void open(String id) {
        open(id, Opening.FROM_PANEL);
    }

    /** Opens a match (by match id or range id): shows it and fetches its suggestions. */
    void open(String id, Opening opening) {
        Target t = target;
        CheckResult result = last;
        LanguageMatch match = ranges.match(id).orElse(null);
        if (t == null || result == null || match == null) {
            return;
        }
        if (opening == Opening.FROM_PANEL) {
            var offsets = new MarkedOffsets(editor.getValue());
            editor.select(offsets.start(match.start()), offsets.end(match.end()));
        }
        editor.anchorOverlay(popover, TargetRanges.rangeId(match));
        Set<Role> mine = roles.get();
        boolean wasOpen = popover.isOpened();
        popover.show(
                match,
                t.language(),
                t.editable(),
                mine.contains(Role.REVIEWER) || mine.contains(Role.ADMIN),
                mine.contains(Role.ADMIN),
                opening != Opening.CLICK_IN_TEXT);
        popover.open();
        if (wasOpen && opening != Opening.CLICK_IN_TEXT) {
            popover.focusInside(); // opened by a click before, now asked for by a key: it opens no more, so focus it
        }
        // suggestions are computed for the text the match was found in, where it has its original offsets
        LanguageMatch found = result.matches().stream()
                .filter(m -> m.id().equals(match.id()))
                .findFirst()
                .orElse(match);
        String foundIn = result.text();
        int opened = generation;
        UiUpdates.onUi(checks.suggestions(t.language(), foundIn, found), (suggestions, error) -> {
            if (opened == generation && popover.shown() == match) {
                if (suggestions != null) {
                    popover.suggestions(suggestions);
                } else {
                    popover.suggestionsFailed(UiUpdates.reason(error));
                }
            }
        });
    }
}
