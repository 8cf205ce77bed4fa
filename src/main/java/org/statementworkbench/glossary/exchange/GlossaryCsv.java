package org.statementworkbench.glossary.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.statementworkbench.base.CsvFormulaGuard;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

/**
 * The glossary as CSV (UTF-8, RFC 4180 quoting), one row per concept:
 * <pre>id,subject_fields,ar,ar_status,zh,zh_status,en,en_status,...</pre>
 * A language column holds its terms separated by {@code |}; its {@code _status} column the statuses in the same
 * order (preferred, admitted, deprecated, superseded, forbidden; empty = admitted). An optional {@code _type}
 * column gives term types the same way (fullForm, acronym, ...; empty = fullForm). {@code subject_fields} are
 * {@code |}-separated too. Any language code may head a column; a column is a language unless its name ends in
 * {@code _status} or {@code _type} or is {@code id}/{@code subject_fields}/{@code definition}.
 *
 * <p>Read and written with Apache Commons CSV. A {@code |} or {@code \} inside a term or subject field is written
 * {@code \|} or {@code \\}, so a term holding the separator comes back as one term (a backslash before any other
 * character stays as it is). Cells that a spreadsheet would run as formulas are written with a leading apostrophe
 * ({@link CsvFormulaGuard}), which reading takes off again.
 */
public final class GlossaryCsv {

    private static final Set<String> FIXED = Set.of("id", "subject_fields", "definition");

    public List<TbxConcept> read(byte[] content) {
        String text = decode(content);
        List<List<String>> rows = parse(text);
        if (rows.isEmpty()) {
            throw new GlossaryImportException("The CSV file is empty. Nothing was imported.");
        }
        List<String> header = rows.getFirst().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        List<String> languages = header.stream()
                .filter(h -> !FIXED.contains(h) && !h.endsWith("_status") && !h.endsWith("_type") && !h.isEmpty())
                .toList();
        if (languages.isEmpty()) {
            throw new GlossaryImportException(
                    "The header (line 1) names no language column, e.g. en,fr. Nothing was imported.");
        }
        List<TbxConcept> concepts = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = r + 1;
            List<TermDraft> terms = new ArrayList<>();
            for (String lang : languages) {
                List<String> texts = split(cell(header, row, lang));
                List<String> statuses = split(cell(header, row, lang + "_status"));
                List<String> types = split(cell(header, row, lang + "_type"));
                if (statuses.size() > texts.size() || types.size() > texts.size()) {
                    throw new GlossaryImportException("Line " + line + ", column " + lang
                            + "_status/_type: more values than " + lang + " terms. Nothing was imported.");
                }
                for (int i = 0; i < texts.size(); i++) {
                    String s = i < statuses.size() ? statuses.get(i) : "";
                    String t = i < types.size() ? types.get(i) : "";
                    UsageStatus status = s.isEmpty()
                            ? UsageStatus.ADMITTED
                            : UsageStatus.fromTbx(s)
                                    .orElseThrow(() -> new GlossaryImportException("Line " + line + ", column " + lang
                                            + "_status: unknown status '" + s + "'; use " + names(UsageStatus.values())
                                            + ". Nothing was imported."));
                    TermType type = t.isEmpty()
                            ? TermType.FULL_FORM
                            : TermType.fromTbx(t)
                                    .orElseThrow(() -> new GlossaryImportException("Line " + line + ", column " + lang
                                            + "_type: unknown type '" + t + "'. Nothing was imported."));
                    terms.add(TermDraft.of(lang, texts.get(i), type, status));
                }
            }
            if (terms.isEmpty()) {
                throw new GlossaryImportException("Line " + line + " has no terms. Nothing was imported.");
            }
            String id = cell(header, row, "id").strip();
            String definition = cell(header, row, "definition").strip();
            concepts.add(new TbxConcept(
                    id.isEmpty() ? null : id,
                    split(cell(header, row, "subject_fields")),
                    definition.isEmpty() ? Map.of() : Map.of("en", definition),
                    List.of(),
                    List.of(),
                    terms));
        }
        return concepts;
    }

    public byte[] write(List<TbxConcept> concepts) {
        Set<String> languages = new LinkedHashSet<>();
        concepts.forEach(c -> c.terms().forEach(t -> languages.add(t.languageTag())));
        List<String> header = new ArrayList<>(List.of("id", "subject_fields", "definition"));
        languages.forEach(l -> header.addAll(List.of(l, l + "_status", l + "_type")));
        List<List<String>> rows = new ArrayList<>();
        for (TbxConcept c : concepts) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("id", c.id() == null ? "" : c.id());
            cells.put("subject_fields", join(c.subjectFields()));
            cells.put("definition", c.definitions().getOrDefault("en", ""));
            for (String l : languages) {
                List<TermDraft> terms = c.terms().stream()
                        .filter(t -> t.languageTag().equals(l))
                        .toList();
                cells.put(l, join(terms.stream().map(TermDraft::text).toList()));
                cells.put(
                        l + "_status",
                        join(terms.stream()
                                .map(t -> t.status().name().toLowerCase(Locale.ROOT))
                                .toList()));
                cells.put(
                        l + "_type",
                        join(terms.stream().map(t -> t.type().tbx()).toList()));
            }
            rows.add(header.stream().map(h -> cells.getOrDefault(h, "")).toList());
        }
        return CsvFormulaGuard.write(header, rows).getBytes(StandardCharsets.UTF_8);
    }

    /** The values of a cell, separated by {@code |}; a {@code |} or {@code \} inside a value is escaped. */
    static String join(List<String> values) {
        return String.join(
                "|",
                values.stream()
                        .map(v -> v.replace("\\", "\\\\").replace("|", "\\|"))
                        .toList());
    }

    private static String cell(List<String> header, List<String> row, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= row.size() ? "" : CsvFormulaGuard.restore(row.get(i));
    }

    /** The values of a cell: split at each {@code |} that is not escaped as {@code \|}; blanks dropped. */
    static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        var value = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == '|' || cell.charAt(i + 1) == '\\')) {
                value.append(cell.charAt(++i));
            } else if (c == '|') {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String names(UsageStatus[] values) {
        return String.join(
                ", ",
                Arrays.stream(values)
                        .map(v -> v.name().toLowerCase(Locale.ROOT))
                        .toList());
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = start; i < content.length; i++) {
                if ((content[i] & 0x80) != 0) {
                    break;
                }
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new GlossaryImportException(
                    "Line " + line + " of the CSV file is not UTF-8; save it as UTF-8 and try "
                            + "again. Nothing was imported.",
                    e);
        }
    }

    /** RFC 4180 (Apache Commons CSV): quoted cells may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CsvFormulaGuard.FORMAT)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String m = String.valueOf(e.getMessage());
            String line = m.matches("(?s).*\\(line (\\d+)\\).*")
                    ? m.replaceAll("(?s).*\\(line (\\d+)\\).*", "$1")
                    : String.valueOf(rows.size() + 1);
            throw new GlossaryImportException(
                    m.contains("EOF reached before encapsulated token finished")
                            ? "A quoted cell is never closed (the file ends at line " + line
                                    + "). Nothing was imported."
                            : "Line " + line + " is not valid CSV ("
                                    + m.replaceAll("^IOException reading next record: ", "")
                                    + "). Nothing was imported.",
                    e);
        }
        return rows;
    }
}
