package org.statementworkbench.memory;

import java.util.ArrayList;
import java.util.List;
import org.statementworkbench.base.CsvFormulaGuard;

/**
 * The memory analysis as CSV, through the project's one {@link CsvFormulaGuard}: a row per target language and a
 * total row; for each band its segments and words, then the totals.
 */
final class MemoryAnalysisCsv {

    private MemoryAnalysisCsv() {}

    static String write(MemoryAnalysis analysis) {
        List<String> header = new ArrayList<>(List.of("Language"));
        for (MatchBand band : MatchBand.values()) {
            header.add(band.label() + " segments");
            header.add(band.label() + " words");
        }
        header.add("Total segments");
        header.add("Total words");
        List<List<String>> rows = new ArrayList<>();
        for (MemoryAnalysis.LanguageAnalysis language : analysis.languages()) {
            rows.add(row(language.language().englishName(), language));
        }
        rows.add(row("Total", analysis.total()));
        return CsvFormulaGuard.write(header, rows);
    }

    private static List<String> row(String name, MemoryAnalysis.LanguageAnalysis counts) {
        List<String> row = new ArrayList<>(List.of(name));
        for (MatchBand band : MatchBand.values()) {
            row.add(Integer.toString(counts.band(band).segments()));
            row.add(Integer.toString(counts.band(band).words()));
        }
        row.add(Integer.toString(counts.total().segments()));
        row.add(Integer.toString(counts.total().words()));
        return row;
    }
}
