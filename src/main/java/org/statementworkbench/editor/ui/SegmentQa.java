package org.statementworkbench.editor.ui;

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
 * and both share the issues found ({@link SegmentIssueCache}).
 */
class SegmentQa implements SegmentSource {

    private final TranslationService translations;
    private final Supplier<IssueFilter> filter;
    private final SegmentIssueCache issues;
    private final FilteredSegments filtered;

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

    @Override
    public int count(long statementId, UnLanguage language, SegmentQuery query) {
        List<MultiLanguageRow> rows = filteredRows(statementId, language, query);
        return rows == null ? translations.count(statementId, language, query) : rows.size();
    }

    @Override
    public int positionOf(long statementId, UnLanguage language, SegmentQuery query, int number) {
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

    @Override
    public List<MultiLanguageRow> rows(
            long statementId, UnLanguage language, SegmentQuery query, int offset, int limit) {
        List<MultiLanguageRow> rows = filteredRows(statementId, language, query);
        if (rows == null) {
            return translations.rowsInAllLanguages(statementId, language, query, offset, limit);
        }
        return rows.subList(Math.min(offset, rows.size()), Math.min(rows.size(), offset + limit));
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
