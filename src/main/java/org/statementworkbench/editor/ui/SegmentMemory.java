package org.statementworkbench.editor.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.memory.MemoryMatch;
import org.statementworkbench.memory.MemoryService;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.TranslationConflictException;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * The translation memory in the editor: looks the open segment up (on {@link MemoryLookupExecutor}, the answer
 * brought back with {@code UI.access}; an answer for a segment the person has left is dropped), fills the
 * {@link MemoryMatchesPanel}, puts match n into the target on Ctrl+n, and fills an empty target that the person may
 * edit with a 100% or 101% match, as a draft from the memory (saved through {@link TranslationService}, never over
 * text). Answers are remembered per source text (and the segment before it, for in-context matches) while the
 * editor is open.
 */
class SegmentMemory implements SegmentPanes.Follower {

    /** Matches below this score are not shown (CAT tools' usual threshold). */
    static final int MIN_SCORE = 70;

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3};

    final MemoryMatchesPanel panel = new MemoryMatchesPanel(this::use);

    /** What was looked up: the cache's key. */
    private record Lookup(
            UnLanguage from,
            UnLanguage to,
            String text,
            @Nullable String previous) {}

    /** The segment shown: which opening of the pane ({@code generation}), what it shows. */
    private record Shown(long generation, long segmentId, UnLanguage from, UnLanguage to, String source) {}

    private final MemoryService memory;
    private final TranslationService translations;
    private final Executor executor;
    private final SegmentEditPane editPane;
    private final boolean fillExactMatches;
    private final Cache<Lookup, List<MemoryMatch>> answers =
            Caffeine.newBuilder().maximumSize(500).build();
    private final Cache<Long, String> previousSources =
            Caffeine.newBuilder().maximumSize(2_000).build();
    private long generation;
    private @Nullable Shown shown;
    private List<MemoryMatch> matches = List.of();

    SegmentMemory(
            MemoryService memory,
            TranslationService translations,
            Executor executor,
            SegmentEditPane editPane,
            boolean fillExactMatches) {
        this.fillExactMatches = fillExactMatches;
        this.memory = memory;
        this.translations = translations;
        this.executor = executor;
        this.editPane = editPane;
        for (int i = 0; i < DIGITS.length; i++) {
            int n = i + 1;
            Shortcuts.addShortcutListener(panel, () -> use(n), DIGITS[i], KeyModifier.CONTROL);
        }
    }

    /** The memory for the segments {@code panes} open. */
    static SegmentMemory of(
            MemoryService memory, TranslationService translations, MemoryLookupExecutor executor, SegmentPanes panes) {
        var segmentMemory =
                new SegmentMemory(memory, translations, executor, panes.editPane, executor.fillsExactMatches());
        panes.follow(segmentMemory);
        return segmentMemory;
    }

    @Override
    public void open(StatementSummary statement, MultiLanguageRow row, UnLanguage language) {
        var now = new Shown(++generation, row.segmentId(), statement.sourceLanguage(), language, row.source());
        shown = now;
        matches = List.of();
        panel.showLookingUp();
        UI ui = UI.getCurrent();
        var worker = new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext());
        try {
            CompletableFuture.supplyAsync(() -> lookUp(now), worker)
                    .whenComplete((found, error) -> UiUpdates.access(ui, () -> arrived(now, found, error)));
        } catch (RejectedExecutionException e) {
            panel.showFailed("too many lookups under way; open the segment again in a moment");
        }
    }

    @Override
    public void openNothing() {
        generation++;
        shown = null;
        matches = List.of();
        panel.showNothing();
    }

    /** On a lookup thread: the segment before (remembered), then the matches (remembered). */
    private List<MemoryMatch> lookUp(Shown segment) {
        String previous = previousSources.get(
                segment.segmentId(), id -> translations.previousSource(id).orElse(""));
        var key = new Lookup(segment.from(), segment.to(), segment.source(), previous);
        return answers.get(
                key,
                k -> memory.matches(k.from(), k.to(), k.text(), k.previous(), MemoryMatchesPanel.SHOWN, MIN_SCORE));
    }

    private void arrived(Shown segment, @Nullable List<MemoryMatch> found, @Nullable Throwable error) {
        if (shown == null || shown.generation() != segment.generation()) {
            return; // the person has moved on
        }
        if (found == null) {
            Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
            panel.showFailed(cause == null || cause.getMessage() == null ? "no answer" : cause.getMessage());
            return;
        }
        matches = found;
        panel.show(found, segment.source(), segment.from(), segment.to(), editPane.canEdit());
        fillFromMemory(segment, found);
    }

    /** A 100% or 101% match fills an empty target the person may edit, as a draft from the memory. */
    private void fillFromMemory(Shown segment, List<MemoryMatch> found) {
        MultiLanguageRow row = editPane.row();
        TranslationState saved = editPane.savedState();
        if (!fillExactMatches
                || found.isEmpty()
                || found.getFirst().score() < MemoryMatch.EXACT
                || row == null
                || row.segmentId() != segment.segmentId()
                || !editPane.canEdit()
                || !saved.text().isBlank()
                || !editPane.target.getValue().isBlank()) {
            return;
        }
        MemoryMatch best = found.getFirst();
        try {
            editPane.filledElsewhere(translations.saveFromMemory(
                    new SaveTranslation(
                            segment.segmentId(), segment.to(), best.target(), SegmentStatus.DRAFT, saved.version()),
                    best.score()));
        } catch (TranslationConflictException
                | AccessDeniedException
                | IllegalArgumentException
                | IllegalStateException e) {
            // someone saved it meanwhile, or it may not be filled: the matches stay listed for the person to use
        }
    }

    /** Puts match {@code n} (from 1) into the target in place of its text, as typing would (Ctrl+Z takes it back). */
    void use(int n) {
        if (n < 1 || n > matches.size() || editPane.row() == null || !editPane.canEdit()) {
            return;
        }
        editPane.target.replaceValue(matches.get(n - 1).target());
        editPane.focusTarget();
    }
}
