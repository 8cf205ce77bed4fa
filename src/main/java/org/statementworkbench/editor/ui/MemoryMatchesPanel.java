package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.memory.MemoryMatch;
import org.statementworkbench.statement.WordDiff;

/**
 * The translation memory's best matches for the current segment, beside the edit pane: each with its score
 * (101 in context, 100 exact, fuzzy below; coloured as CAT tools do), the memory's source with what differs from
 * ours marked word by word (character by character in Chinese), the suggested target, and where it came from. A
 * click or Ctrl+1..3 puts a match into the target. Collapsible.
 */
@CssImport("./styles/memory.css")
class MemoryMatchesPanel extends Details {

    /** How many matches the panel shows, each with its Ctrl+digit. */
    static final int SHOWN = 3;

    final Span summaryText = new Span("Memory matches");
    final Div list = new Div();
    /** The use buttons in order: the n-th answers to Ctrl+n. */
    final List<Button> useButtons = new ArrayList<>();

    private final IntConsumer use;

    /** {@code use} hears the number (from 1) of the match to put into the target. */
    MemoryMatchesPanel(IntConsumer use) {
        this.use = use;
        addClassName("memory-panel");
        setSummary(summaryText);
        setOpened(true);
        list.addClassName("memory-matches");
        list.getElement().setAttribute("aria-live", "polite");
        add(list);
        showNothing();
    }

    void showNothing() {
        note("No segment open.");
        summaryText.setText("Memory matches");
    }

    void showLookingUp() {
        note("Looking up the memory…");
        summaryText.setText("Memory matches");
    }

    void showFailed(String reason) {
        note("The memory could not be searched: " + reason);
        summaryText.setText("Memory matches");
    }

    /** The matches of {@code source} (the open segment's, in {@code sourceLanguage}) into {@code target}. */
    void show(List<MemoryMatch> matches, String source, UnLanguage sourceLanguage, UnLanguage target, boolean canUse) {
        list.removeAll();
        useButtons.clear();
        for (MemoryMatch m : matches) {
            list.add(card(m, source, sourceLanguage, target, canUse));
        }
        if (matches.isEmpty()) {
            note("No match in the memory.");
        }
        summaryText.setText(
                matches.isEmpty()
                        ? "Memory matches"
                        : "Memory matches · best " + matches.getFirst().score() + "%");
    }

    private void note(String text) {
        list.removeAll();
        useButtons.clear();
        var none = new Span(text);
        none.addClassName("memory-none");
        list.add(none);
    }

    /** The CSS class of a score: in context, exact, high fuzzy (95-99), fuzzy (85-94), low fuzzy. */
    static String band(int score) {
        if (score >= MemoryMatch.IN_CONTEXT) {
            return "memory-score-context";
        }
        if (score == MemoryMatch.EXACT) {
            return "memory-score-exact";
        }
        if (score >= 95) {
            return "memory-score-high";
        }
        return score >= 85 ? "memory-score-fuzzy" : "memory-score-low";
    }

    private Div card(MemoryMatch m, String ours, UnLanguage sourceLanguage, UnLanguage target, boolean canUse) {
        int n = useButtons.size() + 1;
        var score = new Span(m.score() + "%");
        score.addClassNames("memory-score", band(m.score()));
        score.getElement()
                .setAttribute(
                        "title",
                        switch (m.score()) {
                            case MemoryMatch.IN_CONTEXT -> "In-context match: the segment before matches too";
                            case MemoryMatch.EXACT -> "Exact match";
                            default ->
                                m.numbersAdapted() ? "Fuzzy match; numbers adapted to this segment" : "Fuzzy match";
                        });
        var use = new Button(n <= SHOWN ? "Use (Ctrl+" + n + ")" : "Use", e -> this.use.accept(n));
        use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        use.addClassName("memory-use");
        use.setEnabled(canUse);
        use.setAriaLabel("Put match " + n + " (" + m.score() + "%) into the target, replacing its text");
        useButtons.add(use);
        var head = new Div(score, use);
        head.addClassName("memory-head");
        var source = diff(m.source(), ours);
        source.getElement().setAttribute("lang", sourceLanguage.code());
        source.getElement().setAttribute("dir", sourceLanguage.rightToLeft() ? "rtl" : "ltr");
        var suggestion = new Div(SegmentEditor.plainText(m.target()));
        suggestion.addClassName("memory-target");
        suggestion.getElement().setAttribute("lang", target.code());
        suggestion.getElement().setAttribute("dir", target.rightToLeft() ? "rtl" : "ltr");
        var card = new Div(head, source, suggestion, origin(m));
        card.addClassNames("memory-match", band(m.score()));
        return card;
    }

    /**
     * The memory's source with what differs from ours: its words that ours lacks struck through, ours that it lacks
     * underlined (plain text: formatting markers aside).
     */
    static Div diff(String memorySource, String ours) {
        var div = new Div();
        div.addClassName("memory-source");
        for (WordDiff.Part part :
                WordDiff.between(SegmentEditor.plainText(memorySource), SegmentEditor.plainText(ours))) {
            var span = new Span(part.text());
            switch (part.kind()) {
                case ADDED -> span.addClassName("diff-added");
                case REMOVED -> span.addClassName("diff-removed");
                case SAME -> {}
            }
            div.add(span);
        }
        return div;
    }

    private static Div origin(MemoryMatch m) {
        var origin = new Div(new Span(m.memory()));
        origin.addClassName("memory-origin");
        if (m.statementId() != null) {
            String symbol = m.documentSymbol() == null || m.documentSymbol().isBlank()
                    ? "Statement " + m.statementId()
                    : m.documentSymbol();
            var link = new Anchor("statement/" + m.statementId(), symbol);
            link.getElement().setAttribute("dir", "ltr");
            origin.add(new Span(" · "), link);
        }
        String by = (m.author() == null ? "" : " · " + m.author()) + " · " + HistoryDialog.WHEN.format(m.date());
        origin.add(new Span(by));
        return origin;
    }
}
