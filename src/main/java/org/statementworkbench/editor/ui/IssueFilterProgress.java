package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** "Checking 1200 of 4000 segments…" with a bar, while the issue filter's checks run; hidden otherwise. */
class IssueFilterProgress extends Div implements FilteredSegments.Progress {

    final ProgressBar bar = new ProgressBar();
    final Span text = new Span();

    IssueFilterProgress() {
        addClassName("issue-filter-progress");
        bar.getElement().setAttribute("aria-label", "Issue filter progress");
        text.getElement().setAttribute("aria-live", "polite");
        add(bar, text);
        setVisible(false);
    }

    @Override
    public void checking(int done, int total) {
        setVisible(true);
        bar.setIndeterminate(total == 0);
        bar.setValue(total == 0 ? 0 : Math.min(1, (double) done / total));
        text.setText(total == 0 ? "Checking the segments…" : "Checking " + done + " of " + total + " segments…");
    }

    @Override
    public void finished() {
        setVisible(false);
    }
}
