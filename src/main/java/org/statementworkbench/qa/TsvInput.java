package org.statementworkbench.qa;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * TSV: UTF-8, or UTF-16 with a byte order mark (what spreadsheets save as "Unicode text"); an initial UTF-8 byte order
 * mark is skipped. One unit per line, source and target separated by one tab; the unit id is the line number from
 * 1. Blank lines are skipped (they keep their number); a line with no tab or more than one is an error, since it
 * would shift what is compared with what. (UTF-16 without a byte order mark is refused before: {@link QaInput}.)
 */
final class TsvInput {

    private TsvInput() {}

    static List<QaUnit> read(byte[] content, String name) {
        List<QaUnit> units = new ArrayList<>();
        List<String> lines = lines(content, name);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (!text.isBlank()) {
                String[] fields = text.split("\t", -1);
                if (fields.length != 2) {
                    throw new QaInputException(name + ": line " + (i + 1) + " has " + fields.length
                            + " tab-separated fields; expected source<TAB>target");
                }
                units.add(new QaUnit(String.valueOf(i + 1), fields[0], fields[1]));
            }
        }
        return units;
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
