package org.statementworkbench.memory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.statementworkbench.base.CsvFormulaGuard;
import org.statementworkbench.statement.InlineMarkers;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch command's result: for each input unit (numbered from 1 in input order) its matches, best first; written
 * as JSON ({@code {"units": n, "results": [{"unit": "1", "matches": [{"score", "source", "target", "origin"}]}]}},
 * with Jackson) or TSV (unit, score, source, target, origin; one line per match, a header first; with Commons CSV, cells
 * defused as every CSV of the workbench: {@link CsvFormulaGuard}).
 * Texts are written plain: formatting markers and escapes removed; a TMX inline code stays its placeholder
 * ({@code ⟦1⟧}).
 */
record TmReport(List<Result> results) {

    /** One input unit's matches. */
    record Result(String unit, List<MemoryMatch> matches) {}

    private static final ObjectWriter JSON = JsonMapper.builder().build().writer();

    String json() {
        var out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberProperty("units", results.size());
            g.writeArrayPropertyStart("results");
            for (Result result : results) {
                g.writeStartObject();
                g.writeStringProperty("unit", result.unit());
                g.writeArrayPropertyStart("matches");
                for (MemoryMatch match : result.matches()) {
                    g.writeStartObject();
                    g.writeNumberProperty("score", match.score());
                    g.writeStringProperty("source", plain(match.source()));
                    g.writeStringProperty("target", plain(match.target()));
                    g.writeStringProperty("origin", match.memory());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.append('\n').toString();
    }

    String tsv() {
        var out = new StringWriter();
        CSVFormat format = CSVFormat.TDF.builder().setRecordSeparator('\n').get();
        try (var printer = new CSVPrinter(out, format)) {
            printer.printRecord("unit", "score", "source", "target", "origin");
            for (Result result : results) {
                for (MemoryMatch match : result.matches()) {
                    printer.printRecord(
                            result.unit(),
                            match.score(),
                            CsvFormulaGuard.defuse(plain(match.source())),
                            CsvFormulaGuard.defuse(plain(match.target())),
                            CsvFormulaGuard.defuse(match.memory()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String plain(String marked) {
        return InlineMarkers.plain(marked);
    }
}
