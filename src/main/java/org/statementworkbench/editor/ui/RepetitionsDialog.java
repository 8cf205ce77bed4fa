package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.SegmentRow;

/**
 * Offers to apply a confirmed translation to the segment's repetitions. Keyboard first: Enter applies (the button
 * has the focus), Esc or "Not now" leaves them; either way {@code closed} runs once the dialog is gone.
 */
class RepetitionsDialog extends Dialog {

    final Button apply;
    final Button notNow = new Button("Not now");
    final Paragraph question;
    private boolean applied;

    RepetitionsDialog(int number, UnLanguage language, List<SegmentRow> repetitions, Runnable apply, Runnable closed) {
        int n = repetitions.size();
        String label = n == 1 ? "Apply to 1 repetition" : "Apply to " + n + " repetitions";
        setHeaderTitle(label + "?");
        setWidth("min(32rem, 95vw)");
        addClassName("repetitions-dialog");
        question = new Paragraph("Segment " + number + " has the same source as "
                + (n == 1 ? "segment " : "segments ")
                + repetitions.stream().map(r -> String.valueOf(r.number())).collect(Collectors.joining(", "))
                + ", whose " + language.englishName() + " translation is empty or from the memory. Give "
                + (n == 1 ? "it" : "them") + " the translation just confirmed?");
        this.apply = new Button(label, e -> {
            if (!applied) { // Enter on the focused button is both its click and the shortcut's: apply once
                applied = true;
                apply.run();
            }
            close();
        });
        this.apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        this.apply.addClickShortcut(Key.ENTER);
        this.apply.setTooltipText("Enter");
        notNow.setTooltipText("Esc");
        notNow.addClickListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closed.run();
            }
        });
        add(question);
        getFooter().add(notNow, this.apply);
        addAttachListener(e -> this.apply.focus());
    }
}
