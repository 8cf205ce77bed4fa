package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.LanguageWork;

/**
 * The progress of every target language on one slim line: code, bar and segments done (segments and words in
 * the tooltip), so that five target languages and the editor's links fit beside each other at 1366 px. The
 * chosen target stands out.
 */
class LanguageProgress extends Div {

    LanguageProgress() {
        addClassName("editor-progress");
    }

    void show(List<LanguageWork> work, UnLanguage current) {
        removeAll();
        for (LanguageWork w : work) {
            var code = new Span(w.language().code());
            code.addClassName("language-code");
            var bar = new ProgressBar(0, 1, w.segmentRatio());
            bar.getElement().setAttribute("aria-label", w.language().englishName() + " progress");
            var text = new Span(w.segmentsDone() + "/" + w.segments());
            text.addClassName("language-counts");
            var item = new Div(code, bar, text);
            item.addClassName("language-progress");
            item.setTitle(w.language().englishName() + ": " + w.segmentsDone() + " of " + w.segments()
                    + " segments, " + w.wordsDone() + " of " + w.words() + " words translated");
            if (w.language() == current) {
                item.addClassName("current");
            }
            add(item);
        }
    }
}
