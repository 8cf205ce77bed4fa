package org.statementworkbench.qa;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The issues as CSV (RFC 4180: CRLF line ends, cells with a comma, quote or line break quoted, quotes doubled):
 * {@code unit,check,severity,message,source_start,source_end,target_start,target_end}; empty cells where an issue
 * has no source or target range.
 */
final class CsvReport {

    static final String HEADER = "unit,check,severity,message,source_start,source_end,target_start,target_end";

    private CsvReport() {}

    static String write(QaReport report) {
        var out = new StringBuilder(HEADER).append("\r\n");
        for (QaIssue i : report.issues()) {
            List<String> cells = List.of(i.unit(), i.check(), ReportFormat.severity(i), i.message(),
                    start(i.source()), end(i.source()), start(i.target()), end(i.target()));
            for (int c = 0; c < cells.size(); c++) {
                out.append(c == 0 ? "" : ",").append(cell(cells.get(c)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String start(QaIssue.@Nullable Span span) {
        return span == null ? "" : String.valueOf(span.start());
    }

    private static String end(QaIssue.@Nullable Span span) {
        return span == null ? "" : String.valueOf(span.end());
    }

    static String cell(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
