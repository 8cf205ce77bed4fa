package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.html.Span;
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
import org.statementworkbench.statement.ReviewService;
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
class SegmentEditPane extends VerticalLayout implements ReviewActions.Pane {

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

    final SegmentHeader header = new SegmentHeader();
    final SegmentEditor source = new SegmentEditor();
    final SegmentEditor target = new SegmentEditor();
    final Span readOnlyNote = new Span();
    final Span returnNote = new Span();
    final SegmentActions actions = new SegmentActions();
    final ReviewActions review;

    private final TranslationService translations;
    private final Host host;
    private @Nullable MultiLanguageRow row;
    private UnLanguage language = UnLanguage.FR;
    private UnLanguage sourceLanguage = UnLanguage.EN;
    private TranslationState saved = TranslationState.unsaved();
    private EditRights rights = new EditRights(false, false);
    /** What the service grants in the language; {@link #rights} is that, or nothing while the segment is approved. */
    private EditRights granted = new EditRights(false, false);

    private StructureRights structure = new StructureRights("", "");

    /** What follows a confirmation, before the pane moves on (it runs {@code next} then). */
    interface AfterConfirm {
        void confirmed(MultiLanguageRow row, UnLanguage language, TranslationState state, Runnable next);
    }

    private AfterConfirm afterConfirm = (row, language, state, next) -> next.run();

    /** What follows a save: once it is stored, after their text was taken in a conflict, and when it is refused. */
    private record Then(Runnable saved, Runnable tookTheirs, Consumer<String> refused) {

        static Then stay() {
            return new Then(() -> {}, () -> {}, Notifications::error);
        }

        static Then run(Runnable next) {
            return new Then(next, () -> {}, Notifications::error);
        }
    }

    SegmentEditPane(TranslationService translations, ReviewService reviewService, Host host) {
        this.translations = translations;
        this.host = host;
        this.review = new ReviewActions(reviewService, this);
        addClassName("segment-edit-pane");
        setPadding(false);
        source.addClassName("edit-source");
        source.setWidthFull();
        source.setReadOnly(true);
        target.setWidthFull();
        target.setAriaLabel("Target text");
        target.addClassName("edit-target");
        readOnlyNote.addClassName("edit-read-only");
        returnNote.addClassName("edit-return-reason");
        actions.reopen.addClickListener(e -> review.reopen());
        actions.returnSegment.addClickListener(e -> review.returnToTranslator());
        review.bindKeys(this);
        actions.confirm.addClickListener(e -> confirmAndNext());
        actions.approve.addClickListener(e -> save(SegmentStatus.APPROVED, Then.run(() -> host.moveBy(1))));
        actions.saveDraft.addClickListener(e -> save(SegmentStatus.DRAFT, Then.stay()));
        actions.copySource.addClickListener(e -> copySource());
        actions.revert.addClickListener(e -> revert());
        actions.history.addClickListener(e -> host.showHistory());
        actions.split.addClickListener(e -> {
            MultiLanguageRow current = row;
            if (current != null && keepUnsavedAsDraft()) {
                new SplitDialog(current.number(), current.source(), sourceLanguage, text -> host.split(current, text))
                        .open();
            }
        });
        actions.merge.addClickListener(e -> {
            MultiLanguageRow current = row;
            if (current != null && keepUnsavedAsDraft()) {
                host.mergeWithNext(current);
            }
        });
        actions.proposeTerm.addClickListener(e -> host.proposeTerm());
        actions.bindKeys(
                source,
                target,
                this::confirmAndNext,
                () -> save(SegmentStatus.APPROVED, Then.run(() -> host.moveBy(1))),
                this::copySource,
                this::reverted);
        add(header, source, returnNote, target, readOnlyNote, actions);
        show(null, UnLanguage.EN, UnLanguage.FR);
    }

    /** Shows a segment (or nothing) for editing in {@code language}. */
    void show(@Nullable MultiLanguageRow row, UnLanguage sourceLanguage, UnLanguage language) {
        this.row = row;
        this.sourceLanguage = sourceLanguage;
        this.language = language;
        this.granted = row == null ? new EditRights(false, false) : translations.rights(language);
        this.structure = row == null ? new StructureRights("", "") : host.structureRights(row.segmentId());
        showSaved(row == null ? TranslationState.unsaved() : row.target(language));
        header.show(row);
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
    }

    /**
     * The segment as now saved: the state line, the text Esc goes back to (none when read only), and what may be
     * done with it: an approved segment is read only for everyone until a reviewer reopens it.
     */
    private void showSaved(TranslationState now) {
        saved = now;
        boolean locked = now.status() == SegmentStatus.APPROVED;
        rights = locked ? new EditRights(false, false) : granted;
        header.showState(now);
        target.setSavedValue(row != null && rights.canEdit() ? now.text() : null);
        target.setReadOnly(!rights.canEdit());
        readOnlyNote.setText(SegmentLockNote.of(row != null, language, granted, locked));
        String reason = now.returnReason();
        returnNote.setText(now.status() == SegmentStatus.RETURNED && reason != null ? "Returned: " + reason : "");
        returnNote.setVisible(!returnNote.getText().isEmpty());
        actions.allow(row != null, rights, structure);
        actions.allowReview(ReviewActions.mayReopen(granted, now), ReviewActions.mayReturn(granted, now));
    }

    @Override
    public void reviewed(TranslationState state) {
        MultiLanguageRow current = row;
        showSaved(state);
        target.setValue(saved.text());
        if (current != null) {
            host.saved(current.segmentId());
        }
    }

    @Override
    public UnLanguage language() {
        return language;
    }

    @Override
    public EditRights granted() {
        return granted;
    }

    @Override
    public boolean hasUnsavedChanges() {
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

    @Override
    public void focusTarget() {
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
        MultiLanguageRow current = row;
        UnLanguage in = language;
        save(status, Then.run(() -> {
            if (current == null) {
                host.moveBy(1);
            } else {
                afterConfirm.confirmed(current, in, saved, () -> host.moveBy(1));
            }
        }));
    }

    /** {@code then} hears every confirmation (Ctrl+Enter) once saved, and moves on when it is done. */
    void afterConfirm(AfterConfirm then) {
        this.afterConfirm = then;
    }

    /**
     * The open segment was saved beside the pane (the memory filled it): show that state; the browser takes its
     * text unless the person has typed meanwhile (then their typing stays, unsaved, over it).
     */
    void filledElsewhere(TranslationState state) {
        MultiLanguageRow current = row;
        if (current == null) {
            return;
        }
        String shown = target.getValue();
        showSaved(state);
        host.saved(current.segmentId());
        target.offerValue(shown, state.text(), taken -> {});
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

    @Override
    @Nullable
    public MultiLanguageRow row() {
        return row;
    }

    @Override
    public TranslationState savedState() {
        return saved;
    }

    boolean canEdit() {
        return rights.canEdit();
    }

    boolean canReview() {
        return rights.canReview();
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
