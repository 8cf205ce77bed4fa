package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;

/** A concept read at a glance: id, subject fields, definition and its terms language by language. */
class ConceptCard extends Div {

    ConceptCard(GlossaryConcept c) {
        addClassName("concept-card");
        add(new H4(c.externalId()));
        if (!c.subjectFields().isEmpty()) {
            add(line("Subject fields", String.join(", ", c.subjectFields())));
        }
        if (c.definition() != null) {
            add(line("Definition", c.definition()));
        }
        for (String code : GlossaryLabels.languagesOf(c)) {
            List<GlossaryTerm> terms = c.termsTagged(code);
            if (terms.isEmpty()) {
                continue;
            }
            var row = new Div(new Span(code));
            row.addClassName("concept-card-language");
            for (GlossaryTerm t : terms) {
                var term = GlossaryLabels.inLanguage(new Span(t.text()), code);
                term.addClassName("concept-card-term");
                term.getElement()
                        .setAttribute(
                                "title",
                                t.status().label() + ", " + t.type().label() + " · "
                                        + GlossaryLabels.approvalDetails(t));
                row.add(term);
            }
            add(row);
        }
    }

    private static Div line(String label, String value) {
        var l = new Span(label + ": ");
        l.addClassName("concept-card-label");
        return new Div(l, new Span(value));
    }
}
