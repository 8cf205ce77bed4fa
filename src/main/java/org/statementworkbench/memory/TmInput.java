package org.statementworkbench.memory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.qa.QaInput;
import org.statementworkbench.qa.QaInputException;
import org.statementworkbench.qa.QaUnit;

/**
 * The units the batch command looks up: XLIFF 1.2 or 2.x (or TMX) as the QA command reads them ({@link QaInput}:
 * hardened StAX, languages checked, inline codes dropped), or else lines of text: plain text, one source sentence per
 * line, or TSV with the source in the first column (or, under a header row of language codes such as
 * {@code en<TAB>fr}, in the source language's column). UTF-8, or UTF-16 with a byte order mark; blank lines are
 * skipped. The QA command's TSV reader is not used for lines: it wants a target column on every line.
 *
 * @param xml whether the input was XML (then {@code units} are in the order {@link XliffPretranslation} finds them)
 */
record TmInput(List<QaUnit> units, boolean xml) {

    static TmInput read(byte[] content, String name, UnLanguage source, UnLanguage target) {
        List<QaUnit> units;
        boolean xml = isXml(content, name);
        if (xml) {
            units = QaInput.read(content, name, source.code(), target.code());
        } else {
            units = lines(content, name, source);
            if (units.isEmpty()) {
                throw new QaInputException(name + ": no unit to look up: the file is empty or has only blank lines");
            }
        }
        return new TmInput(units, xml);
    }

    private static boolean isXml(byte[] content, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".tsv")) {
            return false;
        }
        return lower.matches(".*\\.(xlf|xliff|xml|tmx)$")
                || new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8)
                        .replace("\uFEFF", "")
                        .stripLeading()
                        .startsWith("<");
    }

    private static List<QaUnit> lines(byte[] content, String name, UnLanguage source) {
        String[] lines = text(content, name).split("\r?\n", -1);
        List<QaUnit> units = new ArrayList<>();
        int column = 0;
        boolean first = true;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (first) {
                first = false;
                int header = headerColumn(fields, source, name);
                if (header >= 0) {
                    column = header;
                    continue;
                }
            }
            String text = column < fields.length ? fields[column].strip() : "";
            if (text.length() > QaInput.MAX_UNIT_CHARACTERS) {
                throw new QaInputException(name + ": unit " + (units.size() + 1) + " has " + text.length()
                        + " characters; a unit may have at most " + QaInput.MAX_UNIT_CHARACTERS);
            }
            units.add(new QaUnit(String.valueOf(units.size() + 1), text, ""));
        }
        return units;
    }

    /** The source language's column when the line is a header of language codes (two or more); else -1. */
    private static int headerColumn(String[] fields, UnLanguage source, String name) {
        if (fields.length < 2) {
            return -1;
        }
        int column = -1;
        for (int c = 0; c < fields.length; c++) {
            String code = fields[c].strip();
            if (!code.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")
                    || UnLanguage.fromTag(code).isEmpty()) {
                return -1;
            }
            if (UnLanguage.fromTag(code).get() == source && column < 0) {
                column = c;
            }
        }
        if (column < 0) {
            throw new QaInputException(name + ": the header row names no column in the source language " + source.code()
                    + ": " + String.join(", ", fields));
        }
        return column;
    }

    private static String text(byte[] content, String name) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            for (byte b : content) {
                if (b == 0) {
                    throw new QaInputException(name + ": the file has NUL bytes: not text, or UTF-16 without a byte "
                            + "order mark; save it as UTF-8");
                }
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, skip, content.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new QaInputException(name + ": the file is not valid " + charset.name() + "; save it as UTF-8", e);
        }
    }
}
