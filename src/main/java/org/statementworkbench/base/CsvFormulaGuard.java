package org.statementworkbench.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one guard against formula injection for every CSV the workbench writes (glossary export, QA report,
 * terminology report), and the CSV format they share (RFC 4180, CRLF line ends, Apache Commons CSV).
 *
 * <p>A spreadsheet runs a cell as a formula when it starts with {@code =}, {@code +}, {@code -} or {@code @}, or
 * with a tab or carriage return before one (OWASP, "CSV Injection"; OWASP ASVS 1.2.10 adds the null character, and
 * we add the line feed, which some spreadsheets skip like a carriage return): a term such as
 * {@code =cmd|' /C calc'!A0} would start a program on the reader's machine. Such a cell is written with a leading
 * apostrophe, which spreadsheets show as text. So that a CSV the workbench reads back keeps its data,
 * {@link #restore} removes exactly that apostrophe, and a value that itself starts with an apostrophe followed by
 * one of those characters (or a second apostrophe) gets one more on the way out.
 */
public final class CsvFormulaGuard {

    /** RFC 4180 with CRLF line ends; cells quoted only where needed. */
    public static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private static final String FORMULA_STARTS = "=+-@\t\r\n\0";

    private CsvFormulaGuard() {}

    /** The cell as a spreadsheet shows it as text: an apostrophe before a formula start (see the class comment). */
    public static String defuse(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean escaped = first == '\''
                && cell.length() > 1
                && (FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == '\'');
        return FORMULA_STARTS.indexOf(first) >= 0 || escaped ? "'" + cell : cell;
    }

    /** Undoes {@link #defuse} on a cell read from a CSV. */
    public static String restore(String cell) {
        return cell.length() > 1
                        && cell.charAt(0) == '\''
                        && (FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == '\'')
                ? cell.substring(1)
                : cell;
    }

    /** One cell as it stands in a CSV line: defused, then quoted if needed. */
    public static String cell(String value) {
        return FORMAT.format(defuse(value));
    }

    /** A whole CSV: the header, then the rows, every cell defused. */
    public static String write(List<String> header, Iterable<? extends List<String>> rows) {
        var out = new StringBuilder();
        try (var printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(CsvFormulaGuard::defuse));
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvFormulaGuard::defuse));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
