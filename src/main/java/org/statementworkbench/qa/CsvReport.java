package org.statementworkbench.qa;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.CsvFormulaGuard;

/**
 * The issues as CSV (RFC 4180: CRLF line ends, cells with a comma, quote or line break quoted, quotes doubled):
 * {@code unit,check,severity,message,source_start,source_end,target_start,target_end}; empty cells where an issue
 * has no source or target range. Cells a spreadsheet would run as formulas are defused ({@link CsvFormulaGuard}).
 */
final class CsvReport {

    static final String HEADER = "unit,check,severity,message,source_start,source_end,target_start,target_end";

    private CsvReport() {}

    static String write(QaReport report) {
        List<List<String>> rows = report.issues().stream()
                .map(i -> List.of(
                        i.unit(),
                        i.check(),
                        ReportFormat.severity(i),
                        i.message(),
                        start(i.source()),
                        end(i.source()),
                        start(i.target()),
                        end(i.target())))
                .toList();
        return CsvFormulaGuard.write(List.of(HEADER.split(",")), rows);
    }

    private static String start(QaIssue.@Nullable Span span) {
        return span == null ? "" : String.valueOf(span.start());
    }

    private static String end(QaIssue.@Nullable Span span) {
        return span == null ? "" : String.valueOf(span.end());
    }
}
