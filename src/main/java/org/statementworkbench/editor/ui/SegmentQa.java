package org.statementworkbench.editor.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.editor.SegmentChecks;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * The built-in and term checks' issues of the segments in the editor, as the statement's check profile runs them:
 * for the grid's badges (the rows drawn; well under a millisecond each) and for the "with errors" and check-family
 * filters, which no query can do: those check every segment on the issue filter's threads ({@link FilteredSegments}),
 * and both share the issues found ({@link SegmentIssueCache}). As the grid's and the navigation's list it also keeps the
 * segment this editor just saved in its place until another opens ({@link #savedHere}).
 */
class SegmentQa implements SegmentSource {

    private final TranslationService translations;
    private final Supplier<IssueFilter> filter;
    private final SegmentIssueCache issues;
    private final FilteredSegments filtered;

    /** The segment this editor saved last, kept in its language's list until another opens or the filters change. */
    private record Held(MultiLanguageRow row, UnLanguage language) {}

    private @Nullable Held held;

    SegmentQa(SegmentChecks checks, TranslationService translations, Supplier<IssueFilter> filter, Executor worker) {
        this(checks, translations, filter, worker, FilteredSegments.Delivery::toCurrentUi);
    }

    /** With the lists' results delivered through {@code delivery} rather than to the current UI. */
    SegmentQa(
            SegmentChecks checks,
            TranslationService translations,
            Supplier<IssueFilter> filter,
            Executor worker,
            Supplier<FilteredSegments.Delivery> delivery) {
        this.translations = translations;
        this.filter = filter;
        this.issues = new SegmentIssueCache(checks);
        this.filtered = new FilteredSegments(translations, issues, worker, delivery);
    }

    /** A statement was opened (or its profile changed): its source language and its check profile. */
    void open(UnLanguage source, CheckProfile checkProfile) {
        issues.open(source, checkProfile);
    }

    CheckProfile profile() {
        return issues.profile();
    }

    /** Where the filter's progress shows, and what runs when a list the grid asked for is ready. */
    void whenChecking(FilteredSegments.Progress progress, Runnable ready) {
        filtered.whenChecking(progress, ready);
    }

    /** Whether the issue filter's checks are running. */
    boolean checking() {
        return filtered.checking();
    }

    /** Stops the issue filter's checks (the editor was closed). */
    void cancel() {
        filtered.cancel();
    }

    /** The segments changed (split, merged, restored): the filtered lists are computed again when next read. */
    void invalidate() {
        filtered.invalidateAll();
    }

    /** A segment translation was saved (here or elsewhere; its state if known). */
    void saved(long segmentId, UnLanguage language, @Nullable TranslationState state) {
        filtered.saved(segmentId, language, state);
    }

    /** The issues of the row's translation into {@code language}; none while it is empty. */
    List<Issue> issues(MultiLanguageRow row, UnLanguage language) {
        return issues.issues(row, language);
    }

    /** The badge of the row's translation into {@code language}. */
    SegmentGrid.QaBadge badge(MultiLanguageRow row, UnLanguage language) {
        List<Issue> found = issues(row, language);
        int errors =
                (int) found.stream().filter(i -> i.severity() == Severity.ERROR).count();
        int warnings = (int)
                found.stream().filter(i -> i.severity() == Severity.WARNING).count();
        return SegmentGrid.QaBadge.of(errors, warnings, found);
    }

    /**
     * This editor saved the open segment's translation ({@code row} as it was, {@code state} as saved): as in memoQ
     * or Trados, the segment stays in the list (its row updated) even when the filters no longer leave it (the
     * last error fixed under "with errors", a returned segment confirmed under "Returned"), until another segment
     * opens or the filters change; so the list never jumps under the translator and moving on goes to the
     * segment after it.
     */
    void savedHere(MultiLanguageRow row, UnLanguage language, TranslationState state) {
        saved(row.segmentId(), language, state);
        var targets = new HashMap<>(row.targets());
        targets.put(language, state);
        held = new Held(
                new MultiLanguageRow(row.segmentId(), row.number(), row.paragraph(), row.source(), targets), language);
    }

    @Override
    public boolean opened(long statementId, UnLanguage language, SegmentQuery query, long segmentId) {
        Held h = held;
        if (h == null || h.row().segmentId() == segmentId) {
            return false;
        }
        boolean wasExtra = heldOutside(statementId, language, query) != null;
        held = null;
        return wasExtra;
    }

    @Override
    public void filtersChanged() {
        held = null;
    }

    @Override
    public int count(long statementId, UnLanguage language, SegmentQuery query) {
        MultiLanguageRow extra = heldOutside(statementId, language, query);
        return baseCount(statementId, language, query) + (extra == null ? 0 : 1);
    }

    @Override
    public int positionOf(long statementId, UnLanguage language, SegmentQuery query, int number) {
        int before = basePositionOf(statementId, language, query, number);
        MultiLanguageRow extra = heldOutside(statementId, language, query);
        return extra != null && extra.number() < number ? before + 1 : before;
    }

    @Override
    public List<MultiLanguageRow> rows(
            long statementId, UnLanguage language, SegmentQuery query, int offset, int limit) {
        MultiLanguageRow extra = heldOutside(statementId, language, query);
        if (extra == null) {
            return baseRows(statementId, language, query, offset, limit);
        }
        // the held row sits at the place its number has among the rows the filters leave
        int at = basePositionOf(statementId, language, query, extra.number());
        long end = (long) offset + limit; // a limit of Integer.MAX_VALUE asks for every row
        List<MultiLanguageRow> page = new ArrayList<>();
        if (offset < at) {
            page.addAll(baseRows(statementId, language, query, offset, Math.min(limit, at - offset)));
        }
        if (offset <= at && at < end) {
            page.add(extra);
        }
        int after = Math.max(offset, at + 1);
        if (end > after) {
            page.addAll(
                    baseRows(statementId, language, query, after - 1, (int) Math.min(Integer.MAX_VALUE, end - after)));
        }
        return page;
    }

    /** The held row if the filters (and the list) of {@code language} no longer leave it, else null. */
    private @Nullable MultiLanguageRow heldOutside(long statementId, UnLanguage language, SegmentQuery query) {
        Held h = held;
        if (h == null || h.language() != language || (!filter.get().active() && query.equals(SegmentQuery.all()))) {
            return null;
        }
        int at = basePositionOf(statementId, language, query, h.row().number());
        List<MultiLanguageRow> there = baseRows(statementId, language, query, at, 1);
        boolean listed =
                !there.isEmpty() && there.getFirst().segmentId() == h.row().segmentId();
        return listed ? null : h.row();
    }

    private int baseCount(long statementId, UnLanguage language, SegmentQuery query) {
        List<MultiLanguageRow> rows = filteredRows(statementId, language, query);
        return rows == null ? translations.count(statementId, language, query) : rows.size();
    }

    private int basePositionOf(long statementId, UnLanguage language, SegmentQuery query, int number) {
        List<MultiLanguageRow> rows = filteredRows(statementId, language, query);
        if (rows == null) {
            return translations.positionOf(statementId, language, query, number);
        }
        int before = 0;
        while (before < rows.size() && rows.get(before).number() < number) {
            before++;
        }
        return before;
    }

    private List<MultiLanguageRow> baseRows(
            long statementId, UnLanguage language, SegmentQuery query, int offset, int limit) {
        List<MultiLanguageRow> rows = filteredRows(statementId, language, query);
        if (rows == null) {
            return translations.rowsInAllLanguages(statementId, language, query, offset, limit);
        }
        return rows.subList(Math.min(offset, rows.size()), (int) Math.min(rows.size(), (long) offset + limit));
    }

    /** The rows the issue filter leaves (those it left before while it checks), or null when it is off. */
    private @Nullable List<MultiLanguageRow> filteredRows(long statementId, UnLanguage language, SegmentQuery query) {
        IssueFilter f = filter.get();
        if (!f.active()) {
            filtered.cancel();
            return null;
        }
        return filtered.rows(new FilteredSegments.ListKey(statementId, language, query, f));
    }
}
