package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;

/** The report model: issues of several providers merged per unit, the summary, and the writers' escaping. */
class QaReportTest {

    private static final List<QaUnit> UNITS =
            List.of(new QaUnit("a", "One, \"two\"", "Un"), new QaUnit("b", "Line\nbreak\ttab\u0001", "Deux"));

    /** A provider such as the LanguageTool one to come: its own check ids, no term hits. */
    private static final IssueProvider STYLE = providing(
            issue("b", "lt.WHITESPACE_RULE", Severity.WARNING, "Tab \"here\",\nthen\u2028", null, new Span(0, 4)),
            issue("a", "lt.COMMA", Severity.INFO, "Comma, then quote \"", new Span(3, 4), null));

    private static final IssueProvider TERMS = units -> new IssueProvider.Findings(
            List.of(issue("b", "term.missing", Severity.ERROR, "missing", new Span(0, 4), null)),
            Map.of(TermIssueProvider.TERM_HITS, 3));

    /** A provider finding these issues in any units, and no term hits. */
    private static IssueProvider providing(UnitIssue... issues) {
        return units -> new IssueProvider.Findings(List.of(issues), Map.of());
    }

    private static UnitIssue issue(
            String unit,
            String check,
            Severity severity,
            String message,
            @Nullable Span source,
            @Nullable Span target) {
        return new UnitIssue(unit, new Issue(CheckId.parse(check), severity, message, source, target));
    }

    @Test
    void providersAreMergedInUnitOrderAndCounted() {
        QaReport report = QaReport.check("t", UNITS, List.of(TERMS, STYLE));
        assertThat(report.issues())
                .extracting(UnitIssue::unit, i -> i.issue().check().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", "lt.COMMA"),
                        org.assertj.core.groups.Tuple.tuple("b", "term.missing"),
                        org.assertj.core.groups.Tuple.tuple("b", "lt.WHITESPACE_RULE"));
        assertThat(report.termHits()).isEqualTo(3);
        assertThat(report.summary())
                .containsExactly(
                        Map.entry(CheckId.parse("lt.COMMA"), 1),
                        Map.entry(CheckId.parse("lt.WHITESPACE_RULE"), 1),
                        Map.entry(CheckId.parse("term.missing"), 1));
    }

    @Test
    void jsonEscapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonReport.string("a\"b\\c\nd\te\u0001f\u2028g é “h”"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g é “h”\"");
        String json = JsonReport.write(QaReport.check("t", UNITS, List.of(STYLE)));
        assertThat(json).isEqualTo("""
                {
                  "units": 2,
                  "termHits": 0,
                  "issues": [
                    {"unit": "a", "check": "lt.COMMA", "severity": "info", "message": "Comma, then quote \\"", \
                "source": [3, 4], "target": null},
                    {"unit": "b", "check": "lt.WHITESPACE_RULE", "severity": "warning", "message": \
                "Tab \\"here\\",\\nthen\\u2028", "source": null, "target": [0, 4]}
                  ],
                  "summary": {"lt.COMMA": 1, "lt.WHITESPACE_RULE": 1}
                }
                """);
        assertThat(JsonReport.write(QaReport.check("t", UNITS, List.of())))
                .contains("\"issues\": [],")
                .contains("\"summary\": {}");
    }

    @Test
    void jsonReadsBackWithAJsonParserToTheSameIssues() {
        IssueProvider hostile = providing(
                issue("a\u0000\"}", "term.missing", Severity.ERROR, "</script>\u2029\\\"]},{", null, new Span(1, 2)));
        var json = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(JsonReport.write(QaReport.check("t", UNITS, List.of(hostile))));
        assertThat(json.get("units").asInt()).isEqualTo(2);
        assertThat(json.get("issues")).hasSize(1);
        var issue = json.get("issues").get(0);
        assertThat(issue.get("unit").asString()).isEqualTo("a\u0000\"}");
        assertThat(issue.get("message").asString()).isEqualTo("</script>\u2029\\\"]},{");
        assertThat(issue.get("source").isNull()).isTrue();
        assertThat(issue.get("target").get(1).asInt()).isEqualTo(2);
        assertThat(json.get("summary").get("term.missing").asInt()).isEqualTo(1);
    }

    @Test
    void csvQuotesCellsWithCommasQuotesAndLineBreaks() {
        assertCsv(
                QaReport.check("t", UNITS, List.of(STYLE)),
                "a,lt.COMMA,info,\"Comma, then quote \"\"\",3,4,,",
                "b,lt.WHITESPACE_RULE,warning,\"Tab \"\"here\"\",\nthen\u2028\",,,0,4");
    }

    @Test
    void csvDefusesCellsASpreadsheetWouldRunAsFormulas() {
        IssueProvider hostile = providing(
                issue("=cmd|' /C calc'!A0", "term.missing", Severity.ERROR, "@SUM(1+1)", null, null),
                issue("+1", "term.missing", Severity.ERROR, "-2+3", null, null));
        List<QaUnit> units = List.of(new QaUnit("=cmd|' /C calc'!A0", "x", "y"), new QaUnit("+1", "x", "y"));
        assertCsv(
                QaReport.check("t", units, List.of(hostile)),
                "'=cmd|' /C calc'!A0,term.missing,error,'@SUM(1+1),,,,",
                "'+1,term.missing,error,'-2+3,,,,");
    }

    /** The CSV report is the header and these rows, each line ended by CR LF. */
    private static void assertCsv(QaReport report, String... rows) {
        assertThat(CsvReport.write(report))
                .isEqualTo(Stream.concat(Stream.of(CsvReport.HEADER), Stream.of(rows))
                        .map(line -> line + "\r\n")
                        .collect(Collectors.joining()));
    }

    @Test
    void htmlMarksOverlappingRangesOnceWithBothMessages() {
        IssueProvider overlapping = providing(
                issue("a", "x.one", Severity.ERROR, "first", new Span(0, 7), null),
                issue("a", "x.two", Severity.INFO, "second", new Span(5, 9), null));
        String html = HtmlReport.write(QaReport.check("t", UNITS, List.of(overlapping)));
        assertThat(html).contains("<mark class=\"error\" title=\"first\nsecond\">One, &quot;two</mark>&quot;</div>");
    }
}
