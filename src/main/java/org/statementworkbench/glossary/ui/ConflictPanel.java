package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.GlossaryConcept;

/**
 * Someone saved the concept while the manager was editing it: what they changed, and two ways on. Loading their
 * version drops the draft; keeping the draft makes the next save replace their version, knowingly.
 */
class ConflictPanel extends Div {

    final Div changes = new Div();
    final Button loadTheirs = new Button("Load their version (drop my draft)");
    final Button keepMine = new Button("Keep my draft over theirs");

    private final Div text = new Div();
    private @Nullable GlossaryConcept theirs;

    ConflictPanel(Consumer<GlossaryConcept> load, Consumer<GlossaryConcept> keep) {
        addClassName("concept-conflict");
        changes.addClassName("concept-diff");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        loadTheirs.addClickListener(e -> act(load));
        keepMine.addClickListener(e -> act(keep));
        add(text, changes, new Div(loadTheirs, keepMine));
        setVisible(false);
    }

    private void act(Consumer<GlossaryConcept> action) {
        var current = theirs;
        setVisible(false);
        if (current != null) {
            action.accept(current);
        }
    }

    /** Shows their version against the one the manager started from. */
    void show(GlossaryConcept mine, GlossaryConcept current) {
        theirs = current;
        text.setText(current.updatedBy() + " saved this concept meanwhile (" + GlossaryLabels.when(current.updatedAt())
                + ", version " + current.version() + "). Nothing of yours was saved; your draft is kept below. "
                + "Their change:");
        changes.setText(current.changesSince(mine));
        setVisible(true);
    }
}
