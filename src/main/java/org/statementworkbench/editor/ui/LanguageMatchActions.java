package org.statementworkbench.editor.ui;

import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.LanguageRuleService;

/**
 * What the buttons of an open LanguageTool match do: a suggestion replaces the matched words in the browser, as
 * typed text (so nothing typed meanwhile is lost, and Ctrl+Z takes it back), then the text is checked again at once;
 * Ignore asks for a reason and ignores the match like any other issue, through the issues panel (one ignore for
 * every check); the rule switches go through {@link LanguageRuleService}, which refuses people without the role.
 * Problems are shown, nothing changes.
 */
final class LanguageMatchActions implements LanguageMatchPopover.Actions {

    private final SegmentLanguageCheck check;
    private final LanguageRuleService rules;
    private final SegmentEditor editor;
    private final TargetRanges ranges;

    LanguageMatchActions(
            SegmentLanguageCheck check, LanguageRuleService rules, SegmentEditor editor, TargetRanges ranges) {
        this.check = check;
        this.rules = rules;
        this.editor = editor;
        this.ranges = ranges;
    }

    @Override
    public void apply(LanguageMatch match, String suggestion) {
        SegmentLanguageCheck.Target t = check.target();
        LanguageMatch current = ranges.match(match.id()).orElse(null);
        if (t == null || !t.editable()) {
            return;
        }
        check.popover.close();
        if (current == null) {
            Notifications.error("The text has changed since the check; look at the new result.");
            return;
        }
        String value = editor.getValue();
        var offsets = new MarkedOffsets(value);
        int start = offsets.start(current.start());
        int end = offsets.end(current.end());
        String expected = value.substring(start, end);
        if (!SegmentEditor.plainText(expected).equals(expected)) {
            Notifications.error("These words carry formatting (bold or italics); change them by hand.");
            return;
        }
        check.checkNextChangeAtOnce();
        editor.replaceRange(start, end, expected, suggestion);
    }

    @Override
    public void ignore(LanguageMatch match) {
        if (check.target() != null) {
            check.ignore(match);
        }
    }

    @Override
    public void switchOffForStatement(LanguageMatch match) {
        switchOff(match, false);
    }

    @Override
    public void switchOffGlobally(LanguageMatch match) {
        switchOff(match, true);
    }

    private void switchOff(LanguageMatch match, boolean everywhere) {
        SegmentLanguageCheck.Target t = check.target();
        if (t == null) {
            return;
        }
        try {
            if (everywhere) {
                rules.switchOffGlobally(t.language(), match.ruleId(), match.ruleDescription(), null);
            } else {
                rules.switchOffForStatement(t.statementId(), t.language(), match.ruleId(), match.ruleDescription());
            }
            check.popover.close();
            Notifications.success("“" + match.ruleDescription() + "” is off for "
                    + t.language().englishName() + (everywhere ? " in every statement." : " in this statement."));
            check.settingsChanged(rules.settingsFor(t.statementId(), t.language()));
            editor.focusEditor();
        } catch (AccessDeniedException | IllegalArgumentException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "Not switched off."));
        }
    }
}
