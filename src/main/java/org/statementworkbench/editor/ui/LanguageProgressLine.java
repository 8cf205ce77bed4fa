package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.LanguageProgress;

/**
 * The progress of every target language on one slim line: code, bar and segments done (segments and words in
 * the tooltip), so that five target languages and the editor's links fit beside each other at 1366 px. The
 * chosen target stands out.
 */
class LanguageProgressLine extends Div {

    LanguageProgressLine() {
        addClassName("editor-progress");
    }

    void show(List<LanguageProgress> work, UnLanguage current) {
        removeAll();
        for (LanguageProgress w : work) {
            var code = new Span(w.language().code());
            code.addClassName("language-code");
            var bar = new ProgressBar(0, 1, w.doneRatio());
            bar.getElement().setAttribute("aria-label", w.language().englishName() + " progress");
            var text = new Span(w.done() + "/" + w.segments());
            text.addClassName("language-counts");
            var item = new Div(code, bar, text);
            item.addClassName("language-progress");
            item.setTitle(w.language().englishName() + ": " + w.done() + " of " + w.segments() + " segments, "
                    + w.wordsDone() + " of " + w.words() + " words translated");
            if (w.language() == current) {
                item.addClassName("current");
            }
            add(item);
        }
    }
}
