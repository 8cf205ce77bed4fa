package org.statementworkbench.qa;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The report as JSON, one issue per line: {@code {"units": n, "termHits": n, "issues": [{"unit", "check",
 * "severity", "message", "source": [start, end] or null, "target": ...}], "summary": {"check id": n}}}.
 */
final class JsonReport {

    private JsonReport() {}

    static String write(QaReport report) {
        var out = new StringBuilder();
        out.append("{\n  \"units\": ").append(report.units().size()).append(",\n  \"termHits\": ")
                .append(report.termHits()).append(",\n  \"issues\": [");
        String separator = "\n    ";
        for (QaIssue i : report.issues()) {
            out.append(separator).append("{\"unit\": ").append(string(i.unit()))
                    .append(", \"check\": ").append(string(i.check()))
                    .append(", \"severity\": ").append(string(ReportFormat.severity(i)))
                    .append(", \"message\": ").append(string(i.message()))
                    .append(", \"source\": ").append(span(i.source()))
                    .append(", \"target\": ").append(span(i.target())).append('}');
            separator = ",\n    ";
        }
        out.append(report.issues().isEmpty() ? "]" : "\n  ]").append(",\n  \"summary\": {");
        separator = "";
        for (Map.Entry<String, Integer> e : report.summary().entrySet()) {
            out.append(separator).append(string(e.getKey())).append(": ").append(e.getValue());
            separator = ", ";
        }
        return out.append("}\n}\n").toString();
    }

    private static String span(QaIssue.@Nullable Span span) {
        return span == null ? "null" : "[" + span.start() + ", " + span.end() + "]";
    }

    /** A JSON string: quotes, backslashes, control characters and U+2028/U+2029 escaped. */
    static String string(String s) {
        var out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
