package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;

/**
 * The report as one self-contained HTML page (inline CSS, no scripts, all text escaped): the summary, then each
 * unit with issues, its source and target with the flagged words marked (the message as tooltip), and its issues.
 */
final class HtmlReport {

    private static final String CSS = """
            body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1a1a1a}
            h1{font-size:1.4rem}h2{font-size:1rem;margin:0 0 .4rem}
            table.summary{border-collapse:collapse;margin:1rem 0}
            table.summary td,table.summary th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
            section.unit{border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
            .pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
            .pair div{background:#f7f7f7;padding:.4rem .6rem;border-radius:4px;overflow-wrap:anywhere}
            .lang{color:#666;font-size:.8rem;display:block}
            mark{background:none;border-bottom:2px solid;padding:0 1px}
            mark.error{border-color:#c62828;background:#fdecea}mark.warning{border-color:#ef8a00;background:#fff4e0}
            mark.info{border-color:#1565c0;background:#e8f0fc}
            ul{margin:.5rem 0 0;padding-left:1.2rem}.sev{font-weight:600;text-transform:uppercase;font-size:.75rem}
            li.error .sev{color:#c62828}li.warning .sev{color:#b36200}li.info .sev{color:#1565c0}
            code{font-size:.85rem}.empty{color:#888}""";

    private HtmlReport() {}

    static String write(QaReport r) {
        var out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>QA: ")
                .append(escape(r.title()))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("\n</style>\n</head>\n<body>\n")
                .append("<h1>QA report: ")
                .append(escape(r.title()))
                .append("</h1>\n<p>")
                .append(r.units().size())
                .append(" units, ")
                .append(r.termHits())
                .append(" term hits, ")
                .append(r.issues().size())
                .append(" issues.</p>\n");
        if (!r.summary().isEmpty()) {
            out.append("<table class=\"summary\"><tr><th>Check</th><th>Issues</th></tr>\n");
            for (Map.Entry<CheckId, Integer> e : r.summary().entrySet()) {
                out.append("<tr><td><code>")
                        .append(escape(e.getKey().toString()))
                        .append("</code></td><td>")
                        .append(e.getValue())
                        .append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        Map<String, List<Issue>> byUnit = r.issuesByUnit();
        for (QaUnit unit : r.units()) {
            List<Issue> issues = byUnit.remove(unit.id());
            if (issues == null) {
                continue;
            }
            out.append("<section class=\"unit\">\n<h2>Unit ")
                    .append(escape(unit.id()))
                    .append("</h2>\n")
                    .append("<div class=\"pair\"><div><span class=\"lang\">Source</span>")
                    .append(marked(unit.source(), issues, Issue::source))
                    .append("</div><div><span class=\"lang\">Target</span>")
                    .append(marked(unit.target(), issues, Issue::target))
                    .append("</div></div>\n<ul>\n");
            for (Issue i : issues) {
                String severity = i.severity().label();
                out.append("<li class=\"")
                        .append(severity)
                        .append("\"><span class=\"sev\">")
                        .append(severity)
                        .append("</span> <code>")
                        .append(escape(i.check().toString()))
                        .append("</code> ")
                        .append(escape(i.message()))
                        .append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private record Flagged(Issue issue, Span span) {}

    /** The text with each issue's range in a mark; overlapping ranges share one mark, their messages its tooltip. */
    private static String marked(String text, List<Issue> issues, Function<Issue, @Nullable Span> side) {
        List<Flagged> flagged = new ArrayList<>();
        for (Issue i : issues) {
            Span span = side.apply(i);
            if (span != null) {
                flagged.add(new Flagged(i, span));
            }
        }
        flagged.sort(Comparator.comparingInt(f -> f.span().start()));
        if (text.isEmpty()) {
            return "<em class=\"empty\">not translated</em>";
        }
        var out = new StringBuilder();
        int at = 0;
        for (int n = 0; n < flagged.size(); n++) {
            Issue issue = flagged.get(n).issue();
            Span span = flagged.get(n).span();
            int start = Math.min(span.start(), text.length());
            int end = Math.min(span.end(), text.length());
            if (start < at) {
                continue;
            }
            var title = new StringBuilder(issue.message());
            for (int m = n + 1; m < flagged.size() && flagged.get(m).span().start() < end; m++) {
                title.append('\n').append(flagged.get(m).issue().message());
                end = Math.max(end, Math.min(flagged.get(m).span().end(), text.length()));
            }
            out.append(escape(text.substring(at, start)))
                    .append("<mark class=\"")
                    .append(issue.severity().label())
                    .append("\" title=\"")
                    .append(escape(title.toString()))
                    .append("\">")
                    .append(escape(text.substring(start, end)))
                    .append("</mark>");
            at = end;
        }
        return out.append(escape(text.substring(at))).toString();
    }

    /** Text or attribute value for HTML: {@code & < > " '} as references, nothing else (UTF-8 output). */
    static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
