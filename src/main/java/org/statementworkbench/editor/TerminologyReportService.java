package org.statementworkbench.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.comment.CommentRecord;
import org.statementworkbench.comment.CommentService;
import org.statementworkbench.qa.CheckProfile;
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
 * The QA report of a statement (it began as the terminology report, hence the names): every issue of every segment
 * translation from the built-in checks, the term checks against the current glossary (with term.inconsistent across
 * the statement) and the statement-wide checks, on request LanguageTool's ({@link ReportLanguageTool}), as the
 * statement's check profile runs and rates them, and every approval over errors, per target language. An issue
 * someone ignored with a reason ({@link IssueIgnoreService}) is listed with its ignore and not counted as open.
 * Everyone signed in may read it.
 */
@Service
public class TerminologyReportService {

    private static final int PAGE = 1000;
    private static final int EXCERPT_CONTEXT = 40;

    private final StatementService statements;
    private final TranslationService translations;
    private final TerminologyIndex index;
    private final CheckProfileService profiles;
    private final StatementWideChecks statementWide;
    private final CommentService comments;
    private final IssueIgnoreService ignores;
    private final ReportLanguageTool languageTool;

    TerminologyReportService(
            StatementService statements,
            TranslationService translations,
            TerminologyIndex index,
            CheckProfileService profiles,
            StatementWideChecks statementWide,
            CommentService comments,
            IssueIgnoreService ignores,
            ReportLanguageTool languageTool) {
        this.comments = comments;
        this.ignores = ignores;
        this.languageTool = languageTool;
        this.statements = statements;
        this.translations = translations;
        this.index = index;
        this.profiles = profiles;
        this.statementWide = statementWide;
    }

    /**
     * The report for one target language, or all when {@code language} is null. {@code progress} hears the share
     * done (0 to 1) now and then: large statements take a moment, so callers run this off the UI thread.
     */
    @PreAuthorize("isAuthenticated()")
    public TerminologyReport report(long statementId, @Nullable UnLanguage language, DoubleConsumer progress) {
        return report(statementId, language, false, progress);
    }

    /**
     * The report, with LanguageTool's issues when {@code withLanguageTool} (slower: every target is checked unless
     * its check result is cached; progress then moves with each segment translation checked).
     */
    @PreAuthorize("isAuthenticated()")
    public TerminologyReport report(
            long statementId, @Nullable UnLanguage language, boolean withLanguageTool, DoubleConsumer progress) {
        return report(statementId, language, withLanguageTool, progress, () -> false);
    }

    /**
     * The report as {@link #report(long, UnLanguage, boolean, DoubleConsumer)}; when {@code cancelled} turns true
     * while LanguageTool checks (the person chose another language, or left), the texts not yet checked are dropped
     * and this throws {@link java.util.concurrent.CancellationException}.
     */
    @PreAuthorize("isAuthenticated()")
    public TerminologyReport report(
            long statementId,
            @Nullable UnLanguage language,
            boolean withLanguageTool,
            DoubleConsumer progress,
            BooleanSupplier cancelled) {
        StatementSummary statement = statements
                .find(statementId)
                .orElseThrow(() -> new IllegalArgumentException("There is no statement " + statementId + "."));
        List<UnLanguage> languages = language == null ? statement.targetLanguages() : List.of(language);
        if (!statement.targetLanguages().containsAll(languages)) {
            throw new IllegalArgumentException(language + " is not a target language of this statement.");
        }
        long revision = index.revision();
        CheckProfile profile = profiles.profile(statementId);
        // the statement-wide checks compare the target languages with each other: they need them all
        boolean wide = statementWide.checks().stream().anyMatch(c -> profile.runs(c.family()));
        List<UnLanguage> loaded = wide ? statement.targetLanguages() : languages;
        Map<UnLanguage, List<SegmentRow>> rows = new EnumMap<>(UnLanguage.class);
        for (int i = 0; i < loaded.size(); i++) {
            int done = i;
            rows.put(
                    loaded.get(i),
                    rows(statement, loaded.get(i), f -> progress.accept(0.3 * (done + f) / loaded.size())));
        }
        Map<UnLanguage, Map<Integer, List<Issue>>> wideIssues =
                StatementWideIssues.of(statement.sourceLanguage(), rows, statementWide.checks(), profile);
        progress.accept(0.4);
        // LanguageTool takes most of the time when it runs: 0.4 to 0.9 moves with its texts, the rest with segments
        double from = withLanguageTool ? 0.9 : 0.4;
        Map<UnLanguage, ReportLanguageTool.Found> lt = new EnumMap<>(UnLanguage.class);
        if (withLanguageTool) {
            Map<UnLanguage, List<SegmentRow>> reported = new EnumMap<>(UnLanguage.class);
            languages.forEach(l -> reported.put(l, rows.getOrDefault(l, List.of())));
            lt.putAll(
                    languageTool.check(statementId, reported, profile, f -> progress.accept(0.4 + 0.5 * f), cancelled));
        }
        List<LanguageTermReport> reports = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            int done = i;
            UnLanguage l = languages.get(i);
            reports.add(languageReport(
                    statement,
                    l,
                    rows.getOrDefault(l, List.of()),
                    profile,
                    wideIssues.getOrDefault(l, Map.of()),
                    lt.getOrDefault(l, ReportLanguageTool.Found.NONE),
                    f -> progress.accept(from + (1 - from) * (done + f) / languages.size())));
        }
        List<CommentRecord> reportedComments = comments.export(statementId).stream()
                .filter(c -> c.language() == null || languages.contains(c.language()))
                .toList();
        progress.accept(1);
        return new TerminologyReport(
                statementId,
                statement.title(),
                statement.sourceLanguage(),
                revision,
                Instant.now(),
                reports,
                profile,
                reportedComments,
                withLanguageTool);
    }

    private List<SegmentRow> rows(StatementSummary statement, UnLanguage language, DoubleConsumer progress) {
        List<SegmentRow> rows = new ArrayList<>();
        for (List<SegmentRow> page;
                !(page = translations.rows(statement.id(), language, SegmentQuery.all(), rows.size(), PAGE))
                        .isEmpty(); ) {
            rows.addAll(page);
            progress.accept((double) rows.size() / Math.max(1, statement.segments()));
        }
        return rows;
    }

    private LanguageTermReport languageReport(
            StatementSummary statement,
            UnLanguage language,
            List<SegmentRow> rows,
            CheckProfile profile,
            Map<Integer, List<Issue>> wideIssues,
            ReportLanguageTool.Found lt,
            DoubleConsumer progress) {
        TermChecker checker = index.checker(statement.sourceLanguage(), language);
        boolean terms = profile.runs(CheckId.TERMINOLOGY);
        List<String[]> texts = new ArrayList<>();
        List<List<Issue>> issues = new ArrayList<>();
        List<List<TermHit>> targetHits = new ArrayList<>();
        for (SegmentRow row : rows) {
            String source = SegmentText.plain(row.source());
            String target = SegmentText.plain(row.target().text());
            List<Issue> found = new ArrayList<>();
            if (!target.isBlank()) {
                found.addAll(SegmentChecks.builtIn(
                        profile,
                        statement.sourceLanguage(),
                        row.source(),
                        language,
                        row.target().text()));
            }
            if (terms) {
                TermChecker.SegmentResult result = checker.check(source, target);
                found.addAll(profile.apply(result.issues()));
                targetHits.add(result.targetHits());
            } else {
                targetHits.add(List.of());
            }
            found.addAll(wideIssues.getOrDefault(row.number(), List.of()));
            found.addAll(lt.of(row.segmentId()));
            texts.add(new String[] {source, target, row.source(), row.target().text()});
            issues.add(found);
            if (texts.size() % 200 == 0) {
                progress.accept(0.9 * texts.size() / Math.max(1, rows.size()));
            }
        }
        TermChecker.inconsistencies(targetHits)
                .forEach((i, found) -> issues.get(i).addAll(profile.apply(found)));
        progress.accept(0.9);
        List<ApprovalOverride> overrides = translations.overrides(statement.id(), language);
        Map<Long, List<IssueIgnore>> ignored = ignores.ignoredInStatement(statement.id(), language);
        List<ReportedIssue> reported = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SegmentRow row = rows.get(i);
            for (Issue issue : issues.get(i)) {
                // term and LanguageTool spans are offsets into the plain texts, the others' into the texts as stored
                int text =
                        issue.check().isIn(CheckId.TERMINOLOGY) || issue.check().isIn(CheckId.LANGUAGE_TOOL) ? 0 : 2;
                IgnoreKey key = IgnoreKey.of(issue, texts.get(i)[text], texts.get(i)[text + 1]);
                reported.add(new ReportedIssue(
                        row.number(),
                        row.segmentId(),
                        issue.check(),
                        issue.severity(),
                        issue.message(),
                        excerpt(texts.get(i)[text], issue.source()),
                        excerpt(texts.get(i)[text + 1], issue.target()),
                        overrideOf(overrides, row.segmentId(), issue),
                        ignored.getOrDefault(row.segmentId(), List.of()).stream()
                                .filter(g -> g.key().equals(key))
                                .findFirst()
                                .orElse(null)));
            }
        }
        return new LanguageTermReport(language, rows.size(), reported, overrides, lt.notChecked(), lt.reason());
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
