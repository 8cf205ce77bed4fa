package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.glossary.ProposalRequest;
import org.statementworkbench.statement.ApprovalBlockedException;
import org.statementworkbench.statement.EditRights;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StructureRights;
import org.statementworkbench.statement.TranslationConflictException;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * Edits the current segment in the chosen target language: source above, target below, the save buttons and
 * their shortcuts. Leaving a segment, or the editor, with unsaved text keeps it as a draft; where the draft is
 * refused the person is asked: nothing typed is lost silently. Revert and Copy source change the text in the
 * browser as typing does, so Ctrl+Z there takes them back.
 */
class SegmentEditPane extends VerticalLayout {

    /** What the pane asks of its editor view. */
    interface Host {
        void moveBy(int delta);

        void saved(long segmentId);

        void showHistory();

        void split(MultiLanguageRow row, String sourceWithLineBreak);

        void mergeWithNext(MultiLanguageRow row);

        /** Whether the user may split the segment and merge it with the next (they change every language). */
        StructureRights structureRights(long segmentId);

        void proposeTerm();
    }

    static final String REVERTED = "Unsaved edit reverted. Ctrl+Z in the text brings it back.";

    final Span position = new Span();
    final SegmentEditor source = new SegmentEditor();
    final SegmentEditor target = new SegmentEditor();
    final Span readOnlyNote = new Span();
    final Span state = new Span();
    final Button confirm = new Button("Confirm");
    final Button approve = new Button("Approve");
    final Button saveDraft = new Button("Save draft");
    final Button copySource = new Button("Copy source");
    final Button revert = new Button("Revert");
    final Button history = new Button("History");
    final Button split = new Button("Split…");
    final Button merge = new Button("Merge with next");
    final Button proposeTerm = new Button("Propose term…");

    private final TranslationService translations;
    private final Host host;
    private @Nullable MultiLanguageRow row;
    private UnLanguage language = UnLanguage.FR;
    private UnLanguage sourceLanguage = UnLanguage.EN;
    private TranslationState saved = TranslationState.unsaved();
    private EditRights rights = new EditRights(false, false);

    /** What follows a save: once it is stored, after their text was taken in a conflict, and when it is refused. */
    private record Then(Runnable saved, Runnable tookTheirs, Consumer<String> refused) {

        static Then stay() {
            return new Then(() -> {}, () -> {}, Notifications::error);
        }

        static Then run(Runnable next) {
            return new Then(next, () -> {}, Notifications::error);
        }
    }

    SegmentEditPane(TranslationService translations, Host host) {
        this.translations = translations;
        this.host = host;
        addClassName("segment-edit-pane");
        setPadding(false);
        source.addClassName("edit-source");
        source.setWidthFull();
        source.setReadOnly(true);
        target.setWidthFull();
        target.setAriaLabel("Target text");
        target.addClassName("edit-target");
        readOnlyNote.addClassName("edit-read-only");
        state.addClassName("edit-state");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setTooltipText("Ctrl+Enter");
        approve.setTooltipText("Ctrl+Shift+A");
        copySource.setTooltipText("Ctrl+Shift+S");
        revert.setTooltipText("Esc");
        history.setTooltipText("Ctrl+H");
        confirm.addClickListener(e -> confirmAndNext());
        approve.addClickListener(e -> save(SegmentStatus.APPROVED, Then.run(() -> host.moveBy(1))));
        saveDraft.addClickListener(e -> save(SegmentStatus.DRAFT, Then.stay()));
        copySource.addClickListener(e -> copySource());
        revert.addClickListener(e -> revert());
        history.addClickListener(e -> host.showHistory());
        split.addClickListener(e -> {
            MultiLanguageRow current = row;
            if (current != null && keepUnsavedAsDraft()) {
                new SplitDialog(current.number(), current.source(), sourceLanguage, text -> host.split(current, text))
                        .open();
            }
        });
        merge.addClickListener(e -> {
            MultiLanguageRow current = row;
            if (current != null && keepUnsavedAsDraft()) {
                host.mergeWithNext(current);
            }
        });
        proposeTerm.setTooltipText("Propose the selected source and/or target text as a term (Alt+T)");
        proposeTerm.addClickListener(e -> host.proposeTerm());
        // Ctrl+Enter, Ctrl+Shift+A, Ctrl+Shift+S, Esc and Alt+S come from the editor component as commands (it sends
        // the text first, so nothing typed just before the key is lost); Alt+Up/Down are the view's own shortcuts
        // (they also work from the grid; the component sends the text before those too), so the component's
        // PREVIOUS/NEXT are not repeated.
        target.addCommandListener(e -> {
            switch (e.getCommand()) {
                case CONFIRM -> confirmAndNext();
                case APPROVE -> save(SegmentStatus.APPROVED, Then.run(() -> host.moveBy(1)));
                case COPY_SOURCE -> copySource();
                case REVERT -> reverted(); // Esc: the editor has put the saved text back itself
                case SWITCH_TEXT -> source.focusEditor();
                case PREVIOUS, NEXT -> {}
            }
        });
        // the source: selectable with the keyboard (Alt+S or Shift+Tab reach it), e.g. for Alt+T; Alt+S goes back,
        // and the keys that save work there too (the target's text reached the server when it lost the focus)
        source.addCommandListener(e -> {
            switch (e.getCommand()) {
                case SWITCH_TEXT -> target.focusEditor();
                case CONFIRM -> confirmAndNext();
                case APPROVE -> save(SegmentStatus.APPROVED, Then.run(() -> host.moveBy(1)));
                case COPY_SOURCE -> copySource();
                case REVERT, PREVIOUS, NEXT -> {}
            }
        });
        var buttons = new HorizontalLayout(
                confirm, approve, saveDraft, copySource, revert, history, split, merge, proposeTerm);
        buttons.getStyle().set("flex-wrap", "wrap");
        buttons.setSpacing(true);
        var header = new HorizontalLayout(position, state);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(header, source, target, readOnlyNote, buttons);
        show(null, UnLanguage.EN, UnLanguage.FR);
    }

    /** Shows a segment (or nothing) for editing in {@code language}. */
    void show(@Nullable MultiLanguageRow row, UnLanguage sourceLanguage, UnLanguage language) {
        this.row = row;
        this.sourceLanguage = sourceLanguage;
        this.language = language;
        this.rights = row == null ? new EditRights(false, false) : translations.rights(language);
        showSaved(row == null ? TranslationState.unsaved() : row.target(language));
        position.setText(
                row == null ? "No segment selected" : "Segment " + row.number() + " · paragraph " + row.paragraph());
        source.setValue(row == null ? "" : row.source());
        source.setLanguage(sourceLanguage.code());
        source.setTextDirection(sourceLanguage.rightToLeft());
        source.setAriaLabel(
                sourceLanguage.englishName() + " source" + (row == null ? "" : " of segment " + row.number()));
        target.setLanguage(language.code());
        target.setTextDirection(language.rightToLeft());
        target.setAriaLabel(
                language.englishName() + " translation" + (row == null ? "" : " of segment " + row.number()));
        target.setValue(saved.text());
        target.setReadOnly(!rights.canEdit());
        readOnlyNote.setText(
                row != null && !rights.canEdit()
                        ? "Read only: " + language.englishName() + " is not one of your working languages."
                        : "");
        confirm.setEnabled(rights.canEdit());
        saveDraft.setEnabled(rights.canEdit());
        copySource.setEnabled(rights.canEdit());
        revert.setEnabled(rights.canEdit());
        approve.setVisible(rights.canReview());
        history.setEnabled(row != null);
        StructureRights structure = row == null ? new StructureRights("", "") : host.structureRights(row.segmentId());
        split.setEnabled(structure.maySplit());
        split.setTooltipText(structure.maySplit() ? "Split the source segment in two" : structure.splitRefusal());
        merge.setEnabled(structure.mayMerge());
        merge.setTooltipText(
                structure.mayMerge()
                        ? "Join this segment and the next one of the same paragraph"
                        : structure.mergeRefusal());
        proposeTerm.setEnabled(row != null);
    }

    /** The segment as now saved: the state line, and the text Esc goes back to (none when read only). */
    private void showSaved(TranslationState now) {
        saved = now;
        state.setText(describe(now));
        target.setSavedValue(row != null && rights.canEdit() ? now.text() : null);
    }

    static String describe(TranslationState s) {
        if (s.version() == TranslationState.UNSAVED_VERSION) {
            return "New";
        }
        return s.status().label()
                + (s.updatedBy() == null ? "" : " · " + s.updatedBy())
                + (s.updatedAt() == null ? "" : " · " + HistoryDialog.WHEN.format(s.updatedAt()));
    }

    boolean hasUnsavedChanges() {
        return row != null && rights.canEdit() && !target.getValue().strip().equals(saved.text());
    }

    /** Keeps unsaved text as a draft before the view moves elsewhere. False if that failed (stay put). */
    boolean keepUnsavedAsDraft() {
        return !hasUnsavedChanges() || save(SegmentStatus.DRAFT, Then.stay());
    }

    /**
     * Before the editor is left (a menu link, another statement, the back button): keeps unsaved text as a draft
     * and says true. When the draft is refused it says false and asks: a conflict shows both texts, and once one
     * is saved or theirs is taken, {@code leave} runs; any other refusal (the segment may no longer be edited, the
     * statement was archived...) says why and offers to stay, the text still in the editor, or to leave without it.
     */
    boolean keepUnsavedBeforeLeaving(Runnable leave) {
        MultiLanguageRow current = row;
        if (current == null || !hasUnsavedChanges()) {
            return true;
        }
        var asked = new AtomicBoolean(); // leave runs only after a question; a save at once just lets the view go
        Runnable leaveAfterAsking = () -> {
            if (asked.get()) {
                leave.run();
            }
        };
        boolean kept = save(
                SegmentStatus.DRAFT,
                new Then(
                        leaveAfterAsking,
                        leave,
                        reason -> new UnsavedTextDialog(current.number(), language, reason, () -> {
                                    target.setValue(saved.text()); // discarded: nothing unsaved is left to keep
                                    leave.run();
                                })
                                .open()));
        asked.set(true);
        return kept;
    }

    void focusTarget() {
        target.focusEditor();
    }

    /** Another person saved this segment: take it over unless this person is typing. */
    void savedElsewhere(long segmentId, UnLanguage savedLanguage, TranslationState state) {
        if (row == null
                || row.segmentId() != segmentId
                || savedLanguage != language
                || state.version() == saved.version()) {
            return;
        }
        String message = "Segment " + row.number() + " was just saved by " + state.updatedBy()
                + ". Saving yours will show both texts.";
        if (hasUnsavedChanges()) {
            Notifications.error(message);
            return;
        }
        // the browser may hold typing not yet sent: it takes their text only if it has none
        long segment = row.segmentId();
        long base = saved.version();
        target.offerValue(target.getValue(), state.text(), taken -> {
            if (row == null || row.segmentId() != segment || language != savedLanguage || saved.version() != base) {
                return;
            }
            if (taken) {
                showSaved(state);
            } else {
                Notifications.error(message);
            }
        });
    }

    private void confirmAndNext() {
        SegmentStatus status = rights.canReview() ? SegmentStatus.REVIEWED : SegmentStatus.TRANSLATED;
        save(status, Then.run(() -> host.moveBy(1)));
    }

    /** The source replaces the text as typing would: Ctrl+Z brings the text back. */
    private void copySource() {
        if (rights.canEdit() && row != null) {
            target.replaceValue(row.source());
        }
    }

    /** The Revert button: the saved text replaces the unsaved one as typing would (Ctrl+Z brings it back). */
    private void revert() {
        if (hasUnsavedChanges()) {
            target.replaceValue(saved.text());
            reverted();
        }
    }

    private void reverted() {
        if (row != null && rights.canEdit()) { // else the editor has no saved text to go back to: it changed nothing
            Notifications.success(REVERTED);
        }
    }

    private boolean save(SegmentStatus status, Then then) {
        MultiLanguageRow current = row;
        if (current == null || !rights.canEdit()) {
            return false;
        }
        return saveText(current, target.getValue(), status, saved.version(), then, null);
    }

    /** Saves; {@code justification} (not null) approves over blocking problems such as term errors. */
    private boolean saveText(
            MultiLanguageRow current,
            String text,
            SegmentStatus status,
            long baseVersion,
            Then then,
            @Nullable String justification) {
        SegmentStatus effective = text.isBlank() ? SegmentStatus.NEW : status;
        try {
            var request = new SaveTranslation(current.segmentId(), language, text, effective, baseVersion);
            showSaved(
                    justification == null
                            ? translations.save(request)
                            : translations.approveOverriding(request, justification));
            target.setValue(saved.text());
            host.saved(current.segmentId());
            then.saved().run();
            return true;
        } catch (TranslationConflictException conflict) {
            new ConflictDialog(
                            conflict.yourText(),
                            conflict.theirs(),
                            language,
                            mine -> saveText(
                                    current, mine, status, conflict.theirs().version(), then, justification),
                            () -> {
                                showSaved(conflict.theirs());
                                target.setValue(saved.text());
                                host.saved(current.segmentId());
                                then.tookTheirs().run();
                            })
                    .open();
            return false;
        } catch (ApprovalBlockedException blocked) {
            new TermOverrideDialog(
                            current.number(),
                            blocked.problems(),
                            blocked.mayOverride(),
                            reason -> saveText(current, text, status, baseVersion, then, reason))
                    .open();
            return false;
        } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException e) {
            then.refused().accept(Objects.requireNonNullElse(e.getMessage(), "Not saved."));
            return false;
        }
    }

    @Nullable
    MultiLanguageRow row() {
        return row;
    }

    TranslationState savedState() {
        return saved;
    }

    UnLanguage language() {
        return language;
    }

    boolean canEdit() {
        return rights.canEdit();
    }

    /**
     * A term proposal from the current segment: the selected source and target text (without formatting
     * markers) as terms, the segment's texts (the target as shown, saved or not) as context; empty without a
     * segment.
     */
    Optional<ProposalRequest> proposalFromSelection(long statementId) {
        MultiLanguageRow current = row;
        if (current == null) {
            return Optional.empty();
        }
        String targetText = SegmentEditor.plainText(target.getValue()).strip();
        return Optional.of(new ProposalRequest(
                null,
                sourceLanguage.code(),
                SegmentEditor.plainText(source.getSelectedText()).strip(),
                language.code(),
                SegmentEditor.plainText(target.getSelectedText()).strip(),
                null,
                statementId,
                current.segmentId(),
                current.number(),
                SegmentEditor.plainText(current.source()),
                targetText.isEmpty() ? null : targetText));
    }
}
