package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Consumer;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.MatchKind;

/**
 * The LanguageTool matches of the current segment's target, beside its terminology issues: kind, message and the
 * words concerned; a click (or Enter) selects the match in the editor and opens it. Also says when the text is
 * being checked, when checking the language is available only shortly, and why a text was not checked.
 */
@CssImport("./styles/language-check.css")
class LanguageIssuePanel extends Details {

    final Span summaryText = new Span("Language check");
    final Span status = new Span();
    final UnorderedList issues = new UnorderedList();
    final Button restoreIgnored = new Button();
    private final Consumer<String> open;

    LanguageIssuePanel(Consumer<String> open, Runnable restore) {
        this.open = open;
        addClassName("language-issue-panel");
        setSummary(summaryText);
        setOpened(true);
        status.addClassName("lt-status");
        issues.addClassName("lt-issues");
        restoreIgnored.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        restoreIgnored.addClassName("lt-restore");
        restoreIgnored.addClickListener(e -> restore.run());
        restoreIgnored.setVisible(false);
        add(status, issues, restoreIgnored);
        idle();
    }

    /** No segment, or an empty target: nothing to check. */
    void idle() {
        show("Language check", "", List.of(), "", UnLanguage.EN, 0);
    }

    void checking() {
        status.setText("Checking…");
        status.getElement().setAttribute("data-state", "checking");
        summaryText.setText("Language check · checking…");
    }

    /** The language is still loading: "French checking available shortly". */
    void warming(String reason) {
        show("Language check · available shortly", reason, List.of(), "", UnLanguage.EN, 0);
        status.getElement().setAttribute("data-state", "warming");
    }

    void notChecked(String reason) {
        show("Language check · not checked", "Not checked: " + reason, List.of(), "", UnLanguage.EN, 0);
        status.getElement().setAttribute("data-state", "not-checked");
    }

    /** The matches of {@code plain} (the current target without formatting markers). */
    void checked(List<LanguageMatch> matches, String plain, UnLanguage language, int ignored) {
        String count = matches.isEmpty() ? "no issues" : matches.size() + (matches.size() == 1 ? " issue" : " issues");
        show(
                "Language check · " + count,
                matches.isEmpty() ? "No spelling, grammar or style issues found." : "",
                matches,
                plain,
                language,
                ignored);
        status.getElement().setAttribute("data-state", "checked");
    }

    private void show(
            String summary,
            String statusText,
            List<LanguageMatch> matches,
            String plain,
            UnLanguage language,
            int ignored) {
        summaryText.setText(summary);
        status.setText(statusText);
        status.getElement().removeAttribute("data-state");
        issues.removeAll();
        for (LanguageMatch m : matches) {
            issues.add(item(m, plain, language));
        }
        restoreIgnored.setText("Show " + ignored + " ignored again");
        restoreIgnored.setVisible(ignored > 0);
    }

    private ListItem item(LanguageMatch m, String plain, UnLanguage language) {
        var kind = new Span(label(m.kind()));
        kind.addClassName("lt-kind");
        kind.addClassName("lt-" + m.kind().highlightKind());
        var words = new Span();
        words.addClassName("lt-covered");
        words.getElement()
                .appendChild(
                        Element.createText("“"),
                        new Element("bdi")
                                .setText(showSpaces(m.covered(plain)))
                                .setAttribute("lang", language.code())
                                .setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr"),
                        Element.createText("”"));
        var message = TerminologyPanel.isolateQuoted(m.message());
        message.addClassName("lt-message");
        // LanguageTool words its messages in the language it checks
        message.getElement().setAttribute("lang", language.code());
        message.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        var item = new ListItem(kind, words, message);
        item.addClassName("lt-issue");
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("role", "button");
        item.getElement().setAttribute("data-match-id", m.id());
        item.getElement().setAttribute("title", m.ruleDescription() + " (" + m.ruleId() + ")");
        item.getElement().addEventListener("click", e -> open.accept(m.id()));
        item.getElement()
                .addEventListener("keydown", e -> open.accept(m.id()))
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .preventDefault();
        return item;
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
