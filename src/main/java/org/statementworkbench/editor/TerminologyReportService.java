package org.statementworkbench.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.statement.ApprovalOverride;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentText;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.terminology.TermChecker;
import org.statementworkbench.terminology.TermHit;
import org.statementworkbench.terminology.TerminologyIndex;

/**
 * The terminology report of a statement: every issue of every segment against the current glossary, term.inconsistent
 * across the statement, and every approval over term errors, per target language. Everyone signed in may read it.
 */
@Service
public class TerminologyReportService {

    private static final int PAGE = 1000;
    private static final int EXCERPT_CONTEXT = 40;

    private final StatementService statements;
    private final TranslationService translations;
    private final TerminologyIndex index;

    TerminologyReportService(StatementService statements, TranslationService translations, TerminologyIndex index) {
        this.statements = statements;
        this.translations = translations;
        this.index = index;
    }

    /**
     * The report for one target language, or all when {@code language} is null. {@code progress} hears the share
     * done (0 to 1) now and then: large statements take a moment, so callers run this off the UI thread.
     */
    @PreAuthorize("isAuthenticated()")
    public TerminologyReport report(long statementId, @Nullable UnLanguage language, DoubleConsumer progress) {
        StatementSummary statement = statements
                .find(statementId)
                .orElseThrow(() -> new IllegalArgumentException("There is no statement " + statementId + "."));
        List<UnLanguage> languages = language == null ? statement.targetLanguages() : List.of(language);
        if (!statement.targetLanguages().containsAll(languages)) {
            throw new IllegalArgumentException(language + " is not a target language of this statement.");
        }
        long revision = index.revision();
        List<LanguageTermReport> reports = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            int done = i;
            reports.add(
                    languageReport(statement, languages.get(i), f -> progress.accept((done + f) / languages.size())));
        }
        progress.accept(1);
        return new TerminologyReport(
                statementId, statement.title(), statement.sourceLanguage(), revision, Instant.now(), reports);
    }

    private LanguageTermReport languageReport(
            StatementSummary statement, UnLanguage language, DoubleConsumer progress) {
        TermChecker checker = index.checker(statement.sourceLanguage(), language);
        List<SegmentRow> rows = new ArrayList<>();
        for (List<SegmentRow> page;
                !(page = translations.rows(statement.id(), language, SegmentQuery.all(), rows.size(), PAGE))
                        .isEmpty(); ) {
            rows.addAll(page);
            progress.accept(0.5 * rows.size() / Math.max(1, statement.segments()));
        }
        List<String[]> texts = new ArrayList<>();
        List<List<Issue>> issues = new ArrayList<>();
        List<List<TermHit>> targetHits = new ArrayList<>();
        for (SegmentRow row : rows) {
            String source = SegmentText.plain(row.source());
            String target = SegmentText.plain(row.target().text());
            TermChecker.SegmentResult result = checker.check(source, target);
            texts.add(new String[] {source, target});
            issues.add(new ArrayList<>(result.issues()));
            targetHits.add(result.targetHits());
        }
        TermChecker.inconsistencies(targetHits)
                .forEach((i, found) -> issues.get(i).addAll(found));
        progress.accept(0.9);
        List<ApprovalOverride> overrides = translations.overrides(statement.id(), language);
        List<ReportedIssue> reported = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SegmentRow row = rows.get(i);
            for (Issue issue : issues.get(i)) {
                reported.add(new ReportedIssue(
                        row.number(),
                        row.segmentId(),
                        issue.check(),
                        issue.severity(),
                        issue.message(),
                        excerpt(texts.get(i)[0], issue.source()),
                        excerpt(texts.get(i)[1], issue.target()),
                        overrideOf(overrides, row.segmentId(), issue)));
            }
        }
        return new LanguageTermReport(language, rows.size(), reported, overrides);
    }

    /** The latest override of the segment that named this issue, if any. */
    private static @Nullable ApprovalOverride overrideOf(
            List<ApprovalOverride> overrides, long segmentId, Issue issue) {
        CheckId check = issue.check();
        ApprovalOverride found = null;
        for (ApprovalOverride o : overrides) {
            if (o.segmentId() == segmentId && o.overrode(check, issue.message())) {
                found = o;
            }
        }
        return found;
    }

    /** The text around the span ({@value #EXCERPT_CONTEXT} characters either side), or its start without one. */
    static String excerpt(String text, @Nullable Span span) {
        if (text.isEmpty()) {
            return "";
        }
        int from = span == null ? 0 : Math.max(0, span.start() - EXCERPT_CONTEXT);
        int to = Math.min(text.length(), span == null ? 2 * EXCERPT_CONTEXT : span.end() + EXCERPT_CONTEXT);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
