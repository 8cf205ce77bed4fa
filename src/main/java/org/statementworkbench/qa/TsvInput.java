package org.statementworkbench.qa;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * TSV: UTF-8, or UTF-16 with a byte order mark (what spreadsheets save as "Unicode text"); an initial UTF-8 byte order
 * mark is skipped. One unit per line, source and target separated by one tab; the unit id is the line number from
 * 1. Blank lines are skipped (they keep their number); a line with no tab or more than one is an error, since it
 * would shift what is compared with what. (UTF-16 without a byte order mark is refused before: {@link QaInput}.)
 *
 * <p>Multi-target TSV: when the first non-blank line is a header of language codes ({@code en<TAB>fr<TAB>es<TAB>ar
 * <TAB>ru<TAB>zh}), each line has one text per named language; the source and target are the columns of
 * {@code --source-lang} and {@code --target-lang}, and the other columns are the unit's other translations, the
 * witnesses of {@code cross-target.number} (as a TMX's other tuvs). A first line is a header when every field looks
 * like a language code (letters, optionally with subtags: {@code fr}, {@code zh-Hans}) and at least two of them name
 * UN languages: a two-column file without a header ("Thank you", "Merci") is read as before. A header naming a
 * language that is not a UN language, the same language twice, or not the source or target language, and a line
 * with another number of fields than the header, are errors.
 */
final class TsvInput {

    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    private TsvInput() {}

    /** A two-column file without a header (as before multi-target TSV: kept for the tests of that format). */
    static List<QaUnit> read(byte[] content, String name) {
        return read(content, name, null, null);
    }

    /** The units; a header row of language codes takes the source and target columns from the two languages. */
    static List<QaUnit> read(
            byte[] content, String name, @Nullable String sourceLanguage, @Nullable String targetLanguage) {
        List<QaUnit> units = new ArrayList<>();
        List<String> lines = lines(content, name);
        List<UnLanguage> header = null;
        int sourceColumn = 0;
        int targetColumn = 1;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.isBlank()) {
                continue;
            }
            String[] fields = text.split("\t", -1);
            if (units.isEmpty() && header == null && isHeader(fields)) {
                header = header(fields, name, i + 1);
                sourceColumn = column(header, sourceLanguage, "source", name);
                targetColumn = column(header, targetLanguage, "target", name);
                continue;
            }
            if (header == null) {
                if (fields.length != 2) {
                    throw new QaInputException(name + ": line " + (i + 1) + " has " + fields.length
                            + " tab-separated fields; expected source<TAB>target");
                }
                units.add(new QaUnit(String.valueOf(i + 1), fields[0], fields[1]));
            } else {
                if (fields.length != header.size()) {
                    throw new QaInputException(name + ": line " + (i + 1) + " has " + fields.length
                            + " tab-separated fields; the header names " + header.size() + " languages");
                }
                Map<UnLanguage, String> others = new EnumMap<>(UnLanguage.class);
                for (int c = 0; c < fields.length; c++) {
                    if (c != sourceColumn && c != targetColumn && !fields[c].isBlank()) {
                        others.put(header.get(c), fields[c]);
                    }
                }
                units.add(new QaUnit(String.valueOf(i + 1), fields[sourceColumn], fields[targetColumn], others));
            }
        }
        return units;
    }

    /** Every field a language code in form, at least two of them UN languages. */
    static boolean isHeader(String[] fields) {
        if (fields.length < 2) {
            return false;
        }
        int un = 0;
        for (String field : fields) {
            String code = field.strip();
            if (!CODE.matcher(code).matches()) {
                return false;
            }
            if (UnLanguage.fromTag(code).isPresent()) {
                un++;
            }
        }
        return un >= 2;
    }

    private static List<UnLanguage> header(String[] fields, String name, int line) {
        List<UnLanguage> languages = new ArrayList<>();
        for (int c = 0; c < fields.length; c++) {
            String code = fields[c].strip();
            int column = c + 1;
            UnLanguage language = UnLanguage.fromTag(code)
                    .orElseThrow(() -> new QaInputException(name + ": line " + line + ", column " + column
                            + ": unknown language code '" + code + "' in the header; the columns are UN languages ("
                            + String.join(", ", codes()) + ")"));
            if (languages.contains(language)) {
                throw new QaInputException(name + ": line " + line + ", column " + column + ": '" + code
                        + "' repeats column " + (languages.indexOf(language) + 1) + " (" + language.code()
                        + ") in the header; one column per language");
            }
            languages.add(language);
        }
        return languages;
    }

    private static int column(List<UnLanguage> header, @Nullable String language, String which, String name) {
        if (language != null) {
            for (int c = 0; c < header.size(); c++) {
                if (LanguageTags.matches(header.get(c).code(), language)) {
                    return c;
                }
            }
        }
        throw new QaInputException(name + ": the header has no column for the " + which + " language " + language
                + "; its columns are "
                + String.join(", ", header.stream().map(UnLanguage::code).toList()));
    }

    private static List<String> codes() {
        return java.util.Arrays.stream(UnLanguage.values())
                .map(UnLanguage::code)
                .toList();
    }

    private static List<String> lines(byte[] content, String name) {
        Charset bom = TextSniffing.byteOrderMark(content);
        if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
            try {
                String text = strict(bom)
                        .decode(ByteBuffer.wrap(content, 2, content.length - 2))
                        .toString();
                return List.of(text.split("\n", -1));
            } catch (CharacterCodingException e) {
                throw new QaInputException(
                        name + ": the file is not valid " + bom.name() + ", the encoding its byte order mark names", e);
            }
        }
        CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        int from = bom == null ? 0 : 3;
        while (from <= content.length) {
            int to = from;
            while (to < content.length && content[to] != '\n') {
                to++;
            }
            try {
                lines.add(utf8.decode(ByteBuffer.wrap(content, from, to - from)).toString());
            } catch (CharacterCodingException e) {
                throw new QaInputException(
                        name + ": line " + (lines.size() + 1) + " is not UTF-8; save the file as UTF-8", e);
            }
            from = to + 1;
        }
        return lines;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
