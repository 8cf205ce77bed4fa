package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryConflictException;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerm;

/**
 * One concept: its fields and its terms in the six UN languages (Arabic right to left) and any other language.
 * Managers edit and save (Ctrl+S, or Cmd+S on a Mac: the field being typed in is saved too) with the version they started from; a change saved meanwhile by someone else is
 * shown beside the manager's draft, which stays. Escape closes, asking first when there are unsaved changes.
 */
class ConceptEditor extends Dialog {

    /** What the editor asks of the screen that opened it. */
    interface Host {
        void open(long conceptId);

        void changed();
    }

    final ConceptFields fields;
    final ConceptTerms terms;
    final Div status = new Div();
    final ConflictPanel conflict = new ConflictPanel(this::show, this::keepDraftOver);
    final Span error = new Span();
    final Button save = new Button("Save");
    final Button close = new Button("Close");
    final Button retire = new Button("Retire…");
    final Button restore = new Button("Restore");
    final Button mergeInto = new Button("Merge into…");
    final Button history = new Button("History", VaadinIcon.CLOCK.create());
    final boolean editable;

    private final GlossaryService service;
    private final Host host;
    private @Nullable GlossaryConcept saved;

    ConceptEditor(GlossaryService service, @Nullable GlossaryConcept concept, boolean canCurate, Host host) {
        this.service = service;
        this.host = host;
        this.editable = canCurate;
        this.fields = new ConceptFields(service.subjectFields(), canCurate);
        addClassName("concept-editor");
        setWidth("min(96rem, 97vw)");
        setHeight("92vh");
        setCloseOnOutsideClick(false);
        // Escape: the field being typed in reaches the server first, so unsaved typing is never closed away unasked
        addDialogCloseActionListener(e -> KeyboardCommits.commitFocusedField(this, this::requestClose));

        this.terms = new ConceptTerms(canCurate, this::duplicatesOf);
        status.addClassName("concept-status");
        add(status, conflict, fields, terms);

        error.addClassName("concept-error");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setTooltipText("Save (Ctrl+S)");
        save.addClickListener(e -> save());
        close.addClickListener(e -> requestClose());
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.addClickListener(e -> retire());
        restore.addClickListener(e -> restore());
        mergeInto.addClickListener(e -> mergeInto());
        history.addClickListener(e -> showHistory());
        var left = new Div(history, mergeInto, retire, restore);
        left.addClassName("concept-footer-left");
        getFooter().add(left, error, close, save);
        KeyboardCommits.saveShortcut(this, this::save);
        show(concept);
    }

    /** Fills the editor with the concept as stored (or empty for a new one). */
    void show(@Nullable GlossaryConcept concept) {
        saved = concept;
        setHeaderTitle(concept == null ? "New concept" : "Concept " + concept.externalId());
        fields.fill(concept);
        terms.fill(concept);
        showStatus();
        conflict.setVisible(false);
        error.setText("");
        boolean stored = concept != null;
        boolean retired = concept != null && concept.retired();
        save.setVisible(editable);
        retire.setVisible(editable && stored && !retired);
        restore.setVisible(editable && stored && retired);
        mergeInto.setVisible(editable && stored && !retired);
        history.setVisible(stored);
    }

    private void showStatus() {
        status.removeAll();
        GlossaryConcept c = saved;
        if (c == null) {
            return;
        }
        var line = new Span("Version " + c.version() + " · last changed by " + c.updatedBy() + ", "
                + GlossaryLabels.when(c.updatedAt()));
        line.addClassName("concept-updated");
        status.add(line);
        if (c.retired()) {
            var retired = new Div(GlossaryLabels.badge("Retired", "retired"), new Span(GlossaryLabels.retiredText(c)));
            retired.addClassName("concept-retired");
            Long kept = c.mergedInto();
            if (kept != null) {
                var open = new Button("Open the kept concept", e -> host.open(kept));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                retired.add(open);
            }
            status.add(retired);
        }
    }

    /** Warns (never blocks) when the term's text is already a term of another concept, with a link to it. */
    void duplicatesOf(TermEditor term) {
        term.duplicates.removeAll();
        if (!editable || term.isBlank()) {
            return;
        }
        GlossaryConcept c = saved;
        for (GlossaryConcept other :
                service.conceptsWithTerm(term.language(), term.text.getValue(), c == null ? null : c.id())) {
            String label = other.preferred(UnLanguage.EN)
                    .or(() -> other.preferredTagged(term.language()))
                    .map(GlossaryTerm::text)
                    .orElse("");
            var open =
                    new Button(other.externalId() + (label.isEmpty() ? "" : " – " + label), e -> host.open(other.id()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            term.duplicates.add(new Span("Also a term of "), open);
        }
    }

    ConceptDraft draft() {
        GlossaryConcept c = saved;
        return fields.draft(c == null ? null : c.id(), c == null ? 0 : c.version(), terms.drafts());
    }

    /** Whether the fields differ from the concept as stored (or from an empty one). */
    boolean hasChanges() {
        if (!editable) {
            return false;
        }
        ConceptDraft now;
        try {
            now = draft();
        } catch (IllegalArgumentException e) {
            return true;
        }
        GlossaryConcept c = saved;
        ConceptDraft before = c == null ? ConceptDraft.newConcept(List.of(), null, List.of()) : c.toDraft();
        return !(fields.sameAs(before) && new HashSet<>(now.terms()).equals(new HashSet<>(before.terms())));
    }

    void save() {
        if (!editable) {
            return;
        }
        error.setText("");
        try {
            ConceptDraft draft = draft();
            GlossaryConcept result = draft.id() == null ? service.create(draft) : service.update(draft);
            show(result);
            Notifications.success("Concept " + result.externalId() + " saved.");
            host.changed();
        } catch (GlossaryConflictException e) {
            showConflict(e.current());
        } catch (IllegalArgumentException | IllegalStateException e) {
            error.setText(e.getMessage() == null ? "Not saved." : e.getMessage());
        }
    }

    /** Someone saved meanwhile: their change is shown, the manager's draft stays in the fields below. */
    private void showConflict(GlossaryConcept theirs) {
        GlossaryConcept mine = saved;
        if (mine != null) {
            conflict.show(mine, theirs);
        }
        error.setText("Changed meanwhile by " + theirs.updatedBy() + ": not saved.");
    }

    private void keepDraftOver(GlossaryConcept theirs) {
        saved = theirs;
        showStatus();
        error.setText("Your draft now replaces their version when you save.");
    }

    private boolean unsavedBlocks(String what) {
        if (hasChanges()) {
            error.setText("Save or discard your changes before you " + what + ".");
            return true;
        }
        return false;
    }

    private void retire() {
        GlossaryConcept c = saved;
        if (c == null || unsavedBlocks("retire the concept")) {
            return;
        }
        new RetireDialog(c.externalId(), reason -> run(() -> service.retire(c.id(), c.version(), reason), "retired"))
                .open();
    }

    private void restore() {
        GlossaryConcept c = saved;
        if (c != null) {
            run(() -> service.restore(c.id(), c.version()), "restored");
        }
    }

    private void run(java.util.function.Supplier<GlossaryConcept> change, String done) {
        try {
            GlossaryConcept result = change.get();
            show(result);
            Notifications.success("Concept " + result.externalId() + " " + done + ".");
            host.changed();
        } catch (GlossaryConflictException e) {
            show(e.current());
            Notifications.error(e.getMessage());
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage() == null ? "Not done." : e.getMessage());
        }
    }

    private void mergeInto() {
        GlossaryConcept c = saved;
        if (c == null || unsavedBlocks("merge")) {
            return;
        }
        new MergeConceptsDialog(service, c, null, kept -> {
                    close();
                    host.changed();
                    host.open(kept.id());
                })
                .open();
    }

    private void showHistory() {
        GlossaryConcept c = saved;
        if (c != null) {
            new ConceptHistoryDialog(c.externalId(), service.history(c.id())).open();
        }
    }

    /** Closes, asking first if there are unsaved changes. */
    void requestClose() {
        if (!hasChanges()) {
            close();
            return;
        }
        // the safe answer is the default: Enter (the focused confirm button) and Esc keep the changes
        var confirm = new ConfirmDialog(
                "Discard your changes?", "The concept has changes that are not saved.", "Keep editing", e -> {});
        confirm.setRejectable(true);
        confirm.setRejectText("Discard");
        confirm.setRejectButtonTheme("error tertiary");
        confirm.addRejectListener(e -> close());
        confirm.open();
    }
}
