package org.statementworkbench.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one formula guard of every CSV: formula starts get an apostrophe, which reading takes off again. */
class CsvFormulaGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=cmd|' /C calc'!A0",
                "+1",
                "-1",
                "@SUM(A1)",
                "\t=1",
                "\r=1",
                "\n=1",
                "\0=1",
                "'=already quoted",
                "''",
                "'+x"
            })
    void formulaStartsAreDefusedAndRestored(String value) {
        String defused = CsvFormulaGuard.defuse(value);
        assertThat(defused).startsWith("'");
        assertThat(CsvFormulaGuard.restore(defused)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Security Council",
                "'s-Hertogenbosch",
                "'",
                "1 = 1",
                "Совет Безопасности",
                "مجلس الأمن",
                "安全理事会"
            })
    void ordinaryTextIsLeftAlone(String value) {
        assertThat(CsvFormulaGuard.defuse(value)).isEqualTo(value);
        assertThat(CsvFormulaGuard.restore(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "a, b", "say \"no\"", "two\r\nlines", "'=x"})
    void writtenCsvHasNoCellStartingAFormula(String value) {
        String csv = CsvFormulaGuard.write(List.of("a", "b"), List.of(List.of(value, "+" + value)));
        assertThat(csv).startsWith("a,b\r\n").endsWith("\r\n");
        String row = csv.substring("a,b\r\n".length());
        assertThat(row.startsWith("\"") ? row.substring(1) : row)
                .doesNotStartWith("=")
                .doesNotStartWith("+");
        assertThat(row)
                .as("the second cell is defused, and quoted when needed")
                .satisfiesAnyOf(
                        r -> assertThat(r).contains(",\"'+"), r -> assertThat(r).contains(",'+"));
    }
}
