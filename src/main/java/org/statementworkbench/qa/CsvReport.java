package org.statementworkbench.qa;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.CsvFormulaGuard;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;

/**
 * The issues as CSV (RFC 4180: CRLF line ends, cells with a comma, quote or line break quoted, quotes doubled):
 * {@code unit,check,severity,message,source_start,source_end,target_start,target_end}; empty cells where an issue
 * has no source or target range. Cells a spreadsheet would run as formulas are defused ({@link CsvFormulaGuard}).
 */
final class CsvReport {

    static final String HEADER = "unit,check,severity,message,source_start,source_end,target_start,target_end";

    private CsvReport() {}

    static String write(QaReport report) {
        List<List<String>> rows =
                report.issues().stream().map(u -> row(u.unit(), u.issue())).toList();
        return CsvFormulaGuard.write(List.of(HEADER.split(",")), rows);
    }

    private static List<String> row(String unit, Issue i) {
        return List.of(
                unit,
                i.check().toString(),
                i.severity().label(),
                i.message(),
                start(i.source()),
                end(i.source()),
                start(i.target()),
                end(i.target()));
    }

    private static String start(@Nullable Span span) {
        return span == null ? "" : String.valueOf(span.start());
    }

    private static String end(@Nullable Span span) {
        return span == null ? "" : String.valueOf(span.end());
    }
}
