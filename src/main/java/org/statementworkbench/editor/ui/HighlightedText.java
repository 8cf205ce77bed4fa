package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.memory.ConcordanceHit;

/**
 * A text of one language with stretches marked ({@code <mark>}), as a block in its own direction: Arabic right to
 * left and aligned right.
 */
final class HighlightedText {

    private HighlightedText() {}

    static Div of(String text, List<ConcordanceHit.Span> marks, UnLanguage language) {
        var span = new Div();
        span.addClassName("concordance-text");
        span.getElement().setAttribute("lang", language.code());
        span.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        int at = 0;
        for (ConcordanceHit.Span mark : marks) {
            if (mark.start() < at || mark.end() > text.length()) {
                continue;
            }
            span.getElement().appendChild(Element.createText(text.substring(at, mark.start())));
            span.getElement().appendChild(new Element("mark").setText(text.substring(mark.start(), mark.end())));
            at = mark.end();
        }
        span.getElement().appendChild(Element.createText(text.substring(at)));
        return span;
    }
}
