package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.UsageStatus;

/**
 * The terminology of the current segment, beside the edit pane: each concept found in the source with its target
 * terms (approved ones to insert at the cursor with a click or Alt+1..9; deprecated and forbidden ones struck
 * through; proposed ones as hints) and its definition. The segment's terminology issues are listed once, with
 * every other check's, in the {@link SegmentIssuesPanel}. Collapsible.
 */
@CssImport("./styles/terminology.css")
class TerminologyPanel extends Details {

    /** A target-language term of a concept, as the panel lists it. */
    record TargetTerm(String text, UsageStatus status, boolean approved) {
        /** Approved and preferred or admitted: offered for insertion and enforced. */
        boolean insertable() {
            return approved && (status == UsageStatus.PREFERRED || status == UsageStatus.ADMITTED);
        }

        /** Approved as deprecated, superseded or forbidden. */
        boolean doNotUse() {
            return approved && !insertable();
        }
    }

    /** A concept found in the source: {@code proposed} when only a proposed source term was found. */
    record ConceptCard(
            long id,
            String externalId,
            boolean proposed,
            String sourceTerm,
            List<TargetTerm> targetTerms,
            @Nullable String definition) {}

    final Span summaryText = new Span("Terminology");
    final Div concepts = new Div();
    /** The insert buttons in order; the first nine answer to Alt+1..9. */
    final List<Button> insertButtons = new ArrayList<>();

    private final Consumer<String> insert;

    TerminologyPanel(Consumer<String> insert) {
        this.insert = insert;
        addClassName("terminology-panel");
        setSummary(summaryText);
        setOpened(true);
        concepts.addClassName("term-concepts");
        add(concepts);
    }

    void show(List<ConceptCard> cards, UnLanguage target) {
        concepts.removeAll();
        insertButtons.clear();
        for (ConceptCard card : cards) {
            concepts.add(card(card, target));
        }
        if (cards.isEmpty()) {
            var none = new Span("No glossary terms in this segment.");
            none.addClassName("term-none");
            concepts.add(none);
        }
        summaryText.setText("Terminology · " + cards.size() + (cards.size() == 1 ? " concept" : " concepts"));
    }

    /** Inserts the n-th (1-based) approved target term, if there is one. */
    void insert(int n) {
        if (n >= 1 && n <= insertButtons.size()) {
            insert.accept(insertButtons.get(n - 1).getText());
        }
    }

    private Div card(ConceptCard card, UnLanguage target) {
        var source = new Span(card.sourceTerm());
        source.addClassName("term-source");
        var head = new Div(source);
        head.addClassName("term-concept-head");
        if (card.proposed()) {
            head.add(badge("proposed, not yet approved"));
        }
        var terms = new Div();
        terms.addClassName("term-targets");
        terms.getElement().setAttribute("lang", target.code());
        terms.getElement().setAttribute("dir", target.rightToLeft() ? "rtl" : "ltr");
        for (TargetTerm t : card.targetTerms()) {
            terms.add(t.insertable() ? insertButton(t) : listed(t));
        }
        if (card.targetTerms().isEmpty()) {
            var none = new Span("No " + target.englishName() + " term yet");
            none.addClassName("term-none");
            terms.add(none);
        }
        var div = new Div(head, terms);
        div.addClassName("term-concept");
        if (card.definition() != null && !card.definition().isBlank()) {
            var definition = new Div(card.definition());
            definition.addClassName("term-definition");
            div.add(definition);
        }
        return div;
    }

    private Button insertButton(TargetTerm t) {
        int n = insertButtons.size() + 1;
        var button = new Button(t.text(), e -> insert.accept(t.text()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("term-insert");
        button.addClassName("status-" + t.status().name().toLowerCase(Locale.ROOT));
        String key = n <= 9 ? " (Alt+" + n + ")" : "";
        button.setTooltipText("Insert at the cursor" + key);
        button.setAriaLabel("Insert " + t.text() + key);
        if (n <= 9) {
            var shortcut = new Span(String.valueOf(n));
            shortcut.addClassName("term-key");
            shortcut.getElement().setAttribute("aria-hidden", "true");
            button.setPrefixComponent(shortcut);
        }
        button.setSuffixComponent(badge(t.status() == UsageStatus.PREFERRED ? "preferred" : "admitted"));
        insertButtons.add(button);
        return button;
    }

    private static Div listed(TargetTerm t) {
        var text = new Span(t.text());
        text.addClassName(t.doNotUse() ? "term-do-not-use" : "term-proposed");
        var div =
                new Div(text, badge(t.doNotUse() ? status(t.status()) + ", do not use" : "proposed, not yet approved"));
        div.addClassName("term-listed");
        return div;
    }

    /** The message with each “quoted” term in a {@code <bdi>}, so an Arabic term keeps its place in English. */
    static Span isolateQuoted(String message) {
        var span = new Span();
        for (String part : message.split("(?=“)|(?<=”)")) {
            if (part.startsWith("“") && part.endsWith("”")) {
                span.getElement()
                        .appendChild(
                                Element.createText("“"),
                                new Element("bdi").setText(part.substring(1, part.length() - 1)),
                                Element.createText("”"));
            } else {
                span.getElement().appendChild(Element.createText(part));
            }
        }
        return span;
    }

    private static String status(UsageStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static Span badge(String text) {
        var badge = new Span(text);
        badge.addClassName("term-badge");
        badge.getElement().setAttribute("dir", "ltr");
        return badge;
    }
}
