package org.statementworkbench.qa;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * TSV: UTF-8 (an initial byte order mark is skipped), one unit per line, source and target separated by one tab;
 * the unit id is the line number from 1. Blank lines are skipped (they keep their number); a line with no tab or
 * more than one is an error, since it would shift what is compared with what.
 */
final class TsvInput {

    private TsvInput() {}

    static List<QaUnit> read(byte[] content, String name) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<QaUnit> units = new ArrayList<>();
        int line = 0;
        int from = start;
        while (from < content.length) {
            line++;
            int to = from;
            while (to < content.length && content[to] != '\n') {
                to++;
            }
            String text;
            try {
                text = utf8.decode(ByteBuffer.wrap(content, from, to - from)).toString();
            } catch (CharacterCodingException e) {
                throw new QaInputException(name + ": line " + line + " is not UTF-8; save the file as UTF-8", e);
            }
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (!text.isBlank()) {
                String[] fields = text.split("\t", -1);
                if (fields.length != 2) {
                    throw new QaInputException(name + ": line " + line + " has " + fields.length
                            + " tab-separated fields; expected source<TAB>target");
                }
                units.add(new QaUnit(String.valueOf(line), fields[0], fields[1]));
            }
            from = to + 1;
        }
        return units;
    }
}
