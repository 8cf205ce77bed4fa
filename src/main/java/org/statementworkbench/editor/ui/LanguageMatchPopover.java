package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.MatchKind;

/**
 * One LanguageTool match, opened from the target editor or the issue panel: the rule's message, its suggestions
 * (computed only now, with "Loading suggestions…" meanwhile), and what may be done about it: apply a suggestion
 * (click or Enter), ignore the match in this segment (with a reason, as any issue), switch the rule off for this statement (reviewers) or for
 * the language (administrators). Opened by a key, the focus moves into it (Esc closes it and goes back to the
 * text); opened by a click on the underline, the focus stays in the text, where typing goes on (a click outside or
 * Esc in the text closes it).
 */
class LanguageMatchPopover extends Popover {

    /** The most suggestions offered; LanguageTool may list dozens for one misspelt word. */
    static final int MAX_SUGGESTIONS = 8;

    /** What the buttons do. */
    interface Actions {
        void apply(LanguageMatch match, String suggestion);

        void ignore(LanguageMatch match);

        void switchOffForStatement(LanguageMatch match);

        void switchOffGlobally(LanguageMatch match);
    }

    final Span kind = new Span();
    final Span message = new Span();
    final Span rule = new Span();
    final Div suggestions = new Div();
    final Button ignore = new Button("Ignore…");
    final Button offForStatement = new Button("Switch rule off in this statement");
    final Button offGlobally = new Button();
    /** The suggestion buttons now shown. */
    final List<Button> suggestionButtons = new ArrayList<>();

    private final Actions actions;
    private @Nullable LanguageMatch match;
    private boolean editable;
    private boolean takesFocus;

    LanguageMatchPopover(Actions actions) {
        this.actions = actions;
        addClassName("lt-popover");
        addThemeVariants(PopoverVariant.ARROW);
        setPosition(PopoverPosition.BOTTOM_START);
        setOpenOnClick(false);
        setOpenOnFocus(false);
        setOpenOnHover(false);
        setModal(false);
        setAutofocus(true);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);
        setRole("dialog");
        setWidth("24rem");
        kind.addClassName("lt-kind");
        message.addClassName("lt-popover-message");
        rule.addClassName("lt-popover-rule");
        suggestions.addClassName("lt-suggestions");
        ignore.setTooltipText("Ignore this match here, with a reason reviewers will see");
        offForStatement.setTooltipText("Reviewers: no more matches of this rule in this language of the statement");
        for (Button b : List.of(ignore, offForStatement, offGlobally)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        ignore.addClickListener(e -> act(actions::ignore));
        offForStatement.addClickListener(e -> act(actions::switchOffForStatement));
        offGlobally.addClickListener(e -> act(actions::switchOffGlobally));
        var head = new Div(kind, rule);
        head.addClassName("lt-popover-head");
        var buttons = new Div(ignore, offForStatement, offGlobally);
        buttons.addClassName("lt-popover-actions");
        add(head, message, suggestions, buttons);
    }

    /**
     * Shows a match and waits for its suggestions. {@code editable}: the person may change the text; {@code reviewer}
     * and {@code admin}: the rule switches they may use; {@code takesFocus}: the focus moves into the popover (else
     * it stays where it is, in the text being typed).
     */
    void show(
            LanguageMatch shown,
            UnLanguage language,
            boolean editable,
            boolean reviewer,
            boolean admin,
            boolean takesFocus) {
        this.match = shown;
        this.editable = editable;
        this.takesFocus = takesFocus;
        setAutofocus(takesFocus);
        kind.setText(label(shown.kind()));
        kind.getElement().setAttribute("class", "lt-kind lt-" + shown.kind().highlightKind());
        rule.setText(shown.ruleDescription());
        rule.getElement().setAttribute("title", shown.ruleId());
        message.removeAll();
        message.add(TerminologyPanel.isolateQuoted(shown.message()));
        // LanguageTool words its messages and rule descriptions in the language it checks
        for (Span text : List.of(message, rule)) {
            text.getElement().setAttribute("lang", language.code());
            text.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        }
        suggestions.getElement().setAttribute("lang", language.code());
        suggestions.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        setAriaLabel(label(shown.kind()) + ": " + shown.message());
        ignore.setVisible(editable);
        offForStatement.setVisible(reviewer);
        offGlobally.setText("Switch off for all " + language.englishName() + " texts");
        offGlobally.setTooltipText("Administrators: no more matches of this rule in " + language.englishName());
        offGlobally.setVisible(admin);
        loading();
    }

    /** Moves the keyboard focus into the open popover. */
    void focusInside() {
        getElement().executeJs("if (this.opened) this.focus()");
    }

    /** Whether the focus went into the popover when it opened (opened by a key or from the issue panel). */
    boolean takesFocus() {
        return takesFocus;
    }

    /** The match shown now, if open. */
    @Nullable
    LanguageMatch shown() {
        return isOpened() ? match : null;
    }

    private void loading() {
        suggestionButtons.clear();
        suggestions.removeAll();
        var spinner = new ProgressBar();
        spinner.setIndeterminate(true);
        spinner.addClassName("lt-spinner");
        var text = new Span("Loading suggestions…");
        text.getElement().setAttribute("dir", "ltr");
        suggestions.add(spinner, text);
        suggestions.getElement().setAttribute("aria-busy", "true");
    }

    /** The suggestions arrived: one button each, the first focused. */
    void suggestions(List<String> found) {
        LanguageMatch current = match;
        suggestionButtons.clear();
        suggestions.removeAll();
        suggestions.getElement().removeAttribute("aria-busy");
        List<String> offered = found.stream()
                .filter(s -> !s.isEmpty())
                .distinct()
                .limit(MAX_SUGGESTIONS)
                .toList();
        if (offered.isEmpty() || current == null) {
            var none = new Span("No suggestions.");
            none.addClassName("lt-none");
            none.getElement().setAttribute("dir", "ltr");
            suggestions.add(none);
            return;
        }
        for (String s : offered) {
            var button = new Button(showSpaces(s), e -> act(m -> actions.apply(m, s)));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.addClassName("lt-suggestion");
            button.setEnabled(editable);
            button.setAriaLabel("Replace with “" + s + "”");
            suggestionButtons.add(button);
            suggestions.add(button);
        }
        if (editable && takesFocus) {
            suggestionButtons.getFirst().focus();
        }
    }

    /** The suggestions could not be computed. */
    void suggestionsFailed(String reason) {
        suggestionButtons.clear();
        suggestions.removeAll();
        suggestions.getElement().removeAttribute("aria-busy");
        var failed = new Span("Suggestions not available: " + reason);
        failed.addClassName("lt-none");
        failed.getElement().setAttribute("dir", "ltr");
        suggestions.add(failed);
    }

    private void act(java.util.function.Consumer<LanguageMatch> action) {
        LanguageMatch current = match;
        if (current != null && isOpened()) {
            action.accept(current);
        }
    }

    /**
     * The text with the spaces at its ends (all of them, if it is only spaces) made visible: a match on a double
     * space, or a suggestion that adds one, shows what changes. ␣ is a space, ⍽ a no-break space (French
     * typography).
     */
    static String showSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isSpaceChar(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isSpaceChar(text.charAt(end - 1))) {
            end--;
        }
        return visible(text.substring(0, start)) + text.substring(start, end) + visible(text.substring(end));
    }

    private static String visible(String spaces) {
        var shown = new StringBuilder();
        for (char c : spaces.toCharArray()) {
            shown.append(c == ' ' ? '␣' : Character.isSpaceChar(c) ? '⍽' : c);
        }
        return shown.toString();
    }

    static String label(MatchKind kind) {
        return switch (kind) {
            case SPELLING -> "Spelling";
            case GRAMMAR -> "Grammar";
            case STYLE -> "Style";
        };
    }
}
