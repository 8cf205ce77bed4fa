package org.statementworkbench.editor.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.editor.SegmentChecks;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.TranslationService;

/**
 * The built-in and term checks' issues of the segments in the editor, as the statement's check profile runs them:
 * computed when a row is drawn (the visible page only; well under a millisecond each, remembered per text), for the
 * grid's badges, and over the whole statement for the "has errors" and check-family filters, which no query can do.
 * The filtered list is computed again whenever the grid's rows are refreshed (a save, a filter change).
 */
class SegmentQa implements SegmentSource {

    private static final Logger log = LoggerFactory.getLogger(SegmentQa.class);
    private static final int PAGE = 1000;
    private static final int REMEMBERED = 10_000;

    /** The issues found in one text pair. */
    private record Found(String source, String target, List<Issue> issues) {}

    /** The segments a filter left, for the query and language they were computed for. */
    private record Filtered(
            long statementId,
            UnLanguage language,
            SegmentQuery query,
            IssueFilter filter,
            List<MultiLanguageRow> rows) {}

    private final SegmentChecks checks;
    private final TranslationService translations;
    private final Supplier<IssueFilter> filter;
    private final Map<String, Found> found = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Found> eldest) {
            return size() > REMEMBERED;
        }
    };
    private UnLanguage sourceLanguage = UnLanguage.EN;
    private CheckProfile profile = CheckProfile.UN_DEFAULT;
    private @Nullable Filtered filtered;

    SegmentQa(SegmentChecks checks, TranslationService translations, Supplier<IssueFilter> filter) {
        this.checks = checks;
        this.translations = translations;
        this.filter = filter;
    }

    /** A statement was opened: its source language and its check profile. */
    void open(UnLanguage source, CheckProfile checkProfile) {
        sourceLanguage = source;
        profile = checkProfile;
        found.clear();
        filtered = null;
    }

    CheckProfile profile() {
        return profile;
    }

    /** The rows changed (or may have): the filtered list is computed again when next read. */
    void invalidate() {
        filtered = null;
    }

    /** The issues of the row's translation into {@code language}; none while it is empty. */
    List<Issue> issues(MultiLanguageRow row, UnLanguage language) {
        String source = row.source();
        String target = row.target(language).text();
        if (target.isBlank()) {
            return List.of();
        }
        String key = row.segmentId() + ":" + language.code();
        Found f = found.get(key);
        if (f == null || !f.source().equals(source) || !f.target().equals(target)) {
            f = new Found(source, target, checks.issues(profile, sourceLanguage, source, language, target));
            found.put(key, f);
        }
        return f.issues();
    }

    /** The badge of the row's translation into {@code language}. */
    SegmentGrid.QaBadge badge(MultiLanguageRow row, UnLanguage language) {
        List<Issue> issues = issues(row, language);
        int errors = (int)
                issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        int warnings = (int)
                issues.stream().filter(i -> i.severity() == Severity.WARNING).count();
        return SegmentGrid.QaBadge.of(errors, warnings, issues);
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

    /** The rows the issue filter leaves, or null when it is off. */
    private @Nullable List<MultiLanguageRow> filteredRows(long statementId, UnLanguage language, SegmentQuery query) {
        IssueFilter f = filter.get();
        if (!f.active()) {
            return null;
        }
        Filtered last = filtered;
        if (last != null
                && last.statementId() == statementId
                && last.language() == language
                && last.query().equals(query)
                && last.filter().equals(f)) {
            return last.rows();
        }
        long started = System.nanoTime();
        List<MultiLanguageRow> kept = new ArrayList<>();
        int read = 0;
        for (List<MultiLanguageRow> page;
                !(page = translations.rowsInAllLanguages(statementId, language, query, read, PAGE)).isEmpty(); ) {
            read += page.size();
            for (MultiLanguageRow row : page) {
                if (f.keeps(issues(row, language))) {
                    kept.add(row);
                }
            }
        }
        log.debug("Issue filter {} over {} segments: {} ms", f, read, (System.nanoTime() - started) / 1_000_000);
        filtered = new Filtered(statementId, language, query, f, List.copyOf(kept));
        return kept;
    }
}
