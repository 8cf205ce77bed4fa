package org.statementworkbench.editor;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import org.statementworkbench.base.CsvFormulaGuard;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.comment.CommentRecord;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.statement.ApprovalOverride;

/**
 * The QA report as CSV (one row per issue or overridden problem), its comment threads as a second CSV (one row per
 * comment; the two share the language and segment columns, so a spreadsheet can look one up from the other) and as a
 * self-contained HTML page.
 */
public final class TerminologyReportFiles {

    public static final String CSV_HEADER =
            "language,segment,check,severity,message,source,target,override_by,override_at,justification,"
                    + "ignored_by,ignore_reason";
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private TerminologyReportFiles() {}

    /** A row of the CSV: the issue, or an overridden problem no longer found, with the override (if any). */
    private record Row(
            String language,
            int segment,
            String check,
            String severity,
            String message,
            String source,
            String target,
            @Nullable ApprovalOverride override,
            @Nullable IssueIgnore ignore) {}

    /** An overridden problem already shown with the issue it still is: segment, revision, check id and message. */
    private record Shown(long segmentId, int revisionNo, String check, String message) {}

    private static List<Row> rows(LanguageTermReport l) {
        List<Row> rows = new ArrayList<>();
        Set<Shown> shown = new HashSet<>();
        for (ReportedIssue i : l.issues()) {
            rows.add(new Row(
                    l.language().code(),
                    i.segmentNumber(),
                    i.check().toString(),
                    i.severity().name(),
                    i.message(),
                    i.sourceExcerpt(),
                    i.targetExcerpt(),
                    i.override(),
                    i.ignore()));
            if (i.override() != null) {
                shown.add(new Shown(
                        i.segmentId(), i.override().revisionNo(), i.check().toString(), i.message()));
            }
        }
        for (ApprovalOverride o : l.overrides()) {
            for (Issue problem : o.overriddenProblems()) {
                String check = problem.check().toString();
                if (!shown.contains(new Shown(o.segmentId(), o.revisionNo(), check, problem.message()))) {
                    rows.add(new Row(
                            l.language().code(),
                            o.segmentNumber(),
                            check,
                            "OVERRIDDEN",
                            problem.message(),
                            "",
                            "",
                            o,
                            null));
                }
            }
        }
        return rows;
    }

    /** UTF-8 CSV (RFC 4180) with {@link #CSV_HEADER}; cells that a spreadsheet would run as formulas are defused. */
    public static String csv(TerminologyReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (LanguageTermReport l : report.languages()) {
            for (Row r : rows(l)) {
                ApprovalOverride o = r.override();
                IssueIgnore ignore = r.ignore();
                rows.add(List.of(
                        r.language(),
                        String.valueOf(r.segment()),
                        r.check(),
                        r.severity(),
                        r.message(),
                        r.source(),
                        r.target(),
                        o == null ? "" : o.overriddenBy(),
                        o == null
                                ? ""
                                : o.overriddenAt()
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .toString(),
                        o == null ? "" : o.justification(),
                        ignore == null ? "" : ignore.ignoredBy(),
                        ignore == null ? "" : ignore.reason()));
            }
        }
        return CsvFormulaGuard.write(List.of(CSV_HEADER.split(",")), rows);
    }

    /**
     * The report's comment threads (of the reported languages and of all languages) as UTF-8 CSV, one row per
     * comment in segment and thread order, in the columns of the statement's comments download ({@code Segment,
     * Language, Thread, ...}; language {@code all} for a thread on every language).
     */
    public static String commentsCsv(TerminologyReport report) {
        return CommentRecord.csv(report.comments());
    }

    /** One cell as the CSV holds it (defused and quoted as needed). */
    static String cell(String value) {
        return CsvFormulaGuard.cell(value);
    }

    /** A standalone HTML page (inline style, no scripts, every text escaped). */
    public static String html(TerminologyReport report) {
        var h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc("QA report: " + report.title()))
                .append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:"
                        + "collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:"
                        + "left;vertical-align:top}th{background:#f2f2f2}.ERROR{color:#b00020}.WARNING{color:#8a5a00}")
                .append("</style></head><body>\n<h1>")
                .append(esc("QA report: " + report.title()))
                .append("</h1>\n<p>Source language: ")
                .append(esc(report.sourceLanguage().englishName()))
                .append(" · glossary revision ")
                .append(report.glossaryRevision())
                .append(" · created ")
                .append(AT.format(report.createdAt()))
                .append(" UTC</p>\n<p>Check profile: ")
                .append(esc(profile(report.profile())))
                .append("</p>\n<p>LanguageTool: ")
                .append(report.languageTool() ? "included (lt.* checks)" : "not included")
                .append("</p>\n<h2>All languages</h2>\n");
        counts(h, report.countsByCheckAndSeverity());
        for (LanguageTermReport l : report.languages()) {
            String lang = l.language().code();
            h.append("<h2>")
                    .append(esc(l.language().englishName()))
                    .append("</h2>\n<p>")
                    .append(l.segments())
                    .append(" segments, ")
                    .append(l.open().size())
                    .append(" open issues, ")
                    .append(l.ignoredCount())
                    .append(" ignored with a reason, ")
                    .append(l.overrides().size())
                    .append(" overrides.</p>\n");
            if (l.notCheckedByLanguageTool() > 0) {
                h.append("<p class=\"WARNING\">LanguageTool did not check ")
                        .append(l.notCheckedByLanguageTool())
                        .append(" texts: ")
                        .append(esc(String.valueOf(l.notCheckedReason())))
                        .append(".</p>\n");
            }
            counts(h, l.countsByCheckAndSeverity());
            h.append("<table><tr><th>Segment</th><th>Check</th><th>Severity</th><th>Message</th>"
                    + "<th>Source</th><th>Target</th><th>Override</th><th>Ignored</th></tr>\n");
            for (ReportedIssue i : l.issues()) {
                h.append("<tr><td>")
                        .append(i.segmentNumber())
                        .append("</td><td>")
                        .append(esc(i.check().toString()))
                        .append("</td><td class=\"")
                        .append(i.severity().name())
                        .append("\">")
                        .append(i.severity().name())
                        // LanguageTool words its messages in the language it checks
                        .append(i.check().isIn(CheckId.LANGUAGE_TOOL) ? "</td><td lang=\"" + lang + "\">" : "</td><td>")
                        .append(esc(i.message()))
                        .append("</td><td>")
                        .append(esc(i.sourceExcerpt()))
                        .append("</td><td lang=\"")
                        .append(lang)
                        .append("\"")
                        .append(l.language().rightToLeft() ? " dir=\"rtl\">" : ">")
                        .append(esc(i.targetExcerpt()))
                        .append("</td><td>")
                        .append(i.override() == null ? "" : esc(i.override().overriddenBy()))
                        .append("</td><td>")
                        .append(
                                i.ignore() == null
                                        ? ""
                                        : esc(i.ignore().ignoredBy() + ": "
                                                + i.ignore().reason()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n<h3>Overrides</h3>\n");
            if (l.overrides().isEmpty()) {
                h.append("<p>None.</p>\n");
                continue;
            }
            h.append("<table><tr><th>Segment</th><th>By</th><th>At (UTC)</th><th>Justification</th>"
                    + "<th>Overridden</th></tr>\n");
            for (ApprovalOverride o : l.overrides()) {
                h.append("<tr><td>")
                        .append(o.segmentNumber())
                        .append("</td><td>")
                        .append(esc(o.overriddenBy()))
                        .append("</td><td>")
                        .append(AT.format(o.overriddenAt()))
                        .append("</td><td>")
                        .append(esc(o.justification()))
                        .append("</td><td>")
                        .append(o.describedProblems().stream()
                                .map(TerminologyReportFiles::esc)
                                .collect(Collectors.joining("<br>")))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        ReportComments.html(h, report.comments());
        return h.append("</body></html>\n").toString();
    }

    /** The profile in words: the UN default, or its settings ({@code number: warning, lt: off}). */
    static String profile(CheckProfile profile) {
        return profile.settings().isEmpty()
                ? "UN default (every check on, at the severity it reports)"
                : new TreeMap<>(profile.settings())
                        .entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue().label())
                                .collect(Collectors.joining(", "));
    }

    /** A table of how many issues of each severity each check found, with a total row. */
    private static void counts(StringBuilder h, Map<CheckId, Map<Severity, Integer>> counts) {
        if (counts.isEmpty()) {
            h.append("<p>No issues.</p>\n");
            return;
        }
        h.append("<table class=\"counts\"><tr><th>Check</th><th>Errors</th><th>Warnings</th><th>Info</th></tr>");
        Map<Severity, Integer> total = new EnumMap<>(Severity.class);
        counts.forEach((check, bySeverity) -> {
            h.append("<tr><td>").append(esc(check.toString())).append("</td>");
            for (Severity severity : Severity.values()) {
                int n = bySeverity.getOrDefault(severity, 0);
                total.merge(severity, n, Integer::sum);
                h.append("<td>").append(n).append("</td>");
            }
            h.append("</tr>");
        });
        h.append("<tr><th>All checks</th>");
        for (Severity severity : Severity.values()) {
            h.append("<th>").append(total.getOrDefault(severity, 0)).append("</th>");
        }
        h.append("</tr></table>\n");
    }

    static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
