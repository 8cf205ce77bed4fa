package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.ConceptChange;

/** A concept's changes, newest first: when, who, what, the lines removed and added, and the full before/after. */
class ConceptHistoryDialog extends Dialog {

    final Div entries = new Div();

    ConceptHistoryDialog(String externalId, List<ConceptChange> changes) {
        setHeaderTitle("History of concept " + externalId);
        setWidth("min(60rem, 95vw)");
        entries.addClassName("concept-history");
        if (changes.isEmpty()) {
            entries.add(new Paragraph("No recorded change."));
        }
        for (ConceptChange c : changes) {
            var header = new Span(GlossaryLabels.when(c.changedAt()) + " · " + c.changedBy() + " · " + c.action());
            header.addClassName("revision-header");
            var summary = new Div();
            summary.addClassName("concept-diff");
            for (String line : c.summary().lines().toList()) {
                var l = new Div(line);
                if (line.startsWith("+ ")) {
                    l.addClassName("diff-added");
                } else if (line.startsWith("- ")) {
                    l.addClassName("diff-removed");
                }
                summary.add(l);
            }
            var snapshots = new Div(snapshot("Before", c.before()), snapshot("After", c.after()));
            snapshots.addClassName("concept-snapshots");
            var details = new Details("Before and after", snapshots);
            var entry = new Div(header, summary, details);
            entry.addClassName("revision");
            entries.add(entry);
        }
        add(entries);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static Div snapshot(String title, @Nullable String text) {
        var pre = new Pre(text == null ? "(nothing)" : text);
        pre.addClassName("concept-snapshot");
        return new Div(new Span(title), pre);
    }
}
