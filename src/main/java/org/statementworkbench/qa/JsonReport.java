package org.statementworkbench.qa;

import java.io.StringWriter;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON, written with Jackson, one issue per line: {@code {"units": n, "termHits": n, "issues":
 * [{"unit", "check", "severity", "message", "source": [start, end] or null, "target": ...}], "summary": {"check id":
 * n}}}. U+2028 and U+2029 are escaped too, so the report can be pasted into JavaScript.
 */
final class JsonReport {

    private static final ObjectWriter WRITER =
            JsonMapper.builder().build().writer().with(new Layout()).with(new LineSeparatorEscapes());

    private JsonReport() {}

    static String write(QaReport report) {
        var out = new StringWriter();
        try (JsonGenerator g = WRITER.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberProperty("units", report.units().size());
            g.writeNumberProperty("termHits", report.termHits());
            g.writeArrayPropertyStart("issues");
            for (UnitIssue u : report.issues()) {
                Issue i = u.issue();
                g.writeStartObject();
                g.writeStringProperty("unit", u.unit());
                g.writeStringProperty("check", i.check().toString());
                g.writeStringProperty("severity", i.severity().label());
                g.writeStringProperty("message", i.message());
                span(g, "source", i.source());
                span(g, "target", i.target());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("summary");
            for (Map.Entry<CheckId, Integer> e : report.summary().entrySet()) {
                g.writeNumberProperty(e.getKey().toString(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.append('\n').toString();
    }

    private static void span(JsonGenerator g, String name, @Nullable Span span) {
        g.writeName(name);
        if (span == null) {
            g.writeNull();
        } else {
            g.writeArray(new int[] {span.start(), span.end()}, 0, 2);
        }
    }

    /** A JSON string as the report writes it (quotes, backslashes, control characters, U+2028/U+2029 escaped). */
    static String string(String s) {
        return WRITER.writeValueAsString(s);
    }

    /** JSON's own escapes, plus the two line separators JavaScript does not allow in string literals. */
    private static final class LineSeparatorEscapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            return ch == '\u2028' || ch == '\u2029' ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /**
     * The report's layout: the top-level properties one per line, each issue on a line of its own, everything
     * deeper inline with a space after colons and commas. Nesting levels: 1 the report, 2 the issue list and the
     * summary, 3 an issue, 4 a span.
     */
    private static final class Layout implements PrettyPrinter, Instantiatable<Layout> {

        private int nesting;

        @Override
        public Layout createInstance() {
            return new Layout();
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {}

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
            nesting++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            if (nesting == 1) {
                g.writeRaw("\n  ");
            }
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(nesting == 1 ? ",\n  " : ", ");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            g.writeRaw(nesting == 1 ? "\n}" : "}");
            nesting--;
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
            nesting++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            if (nesting == 2) {
                g.writeRaw("\n    ");
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(nesting == 2 ? ",\n    " : ", ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            g.writeRaw(nesting == 2 && values > 0 ? "\n  ]" : "]");
            nesting--;
        }
    }
}
