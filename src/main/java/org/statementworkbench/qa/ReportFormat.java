package org.statementworkbench.qa;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report formats of the QA command. */
public enum ReportFormat {
    JSON(JsonReport::write),
    CSV(CsvReport::write),
    HTML(HtmlReport::write);

    private final Function<QaReport, String> writer;

    ReportFormat(Function<QaReport, String> writer) {
        this.writer = writer;
    }

    public String write(QaReport report) {
        return writer.apply(report);
    }

    /** "json", "csv" or "html", any case. */
    public static Optional<ReportFormat> named(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension implies (.json, .csv, .html/.htm), if any. */
    public static Optional<ReportFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".htm") ? Optional.of(HTML) : named(lower.substring(lower.lastIndexOf('.') + 1));
    }
}
