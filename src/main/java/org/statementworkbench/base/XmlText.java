package org.statementworkbench.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads XML files as text in their own encoding: the byte order mark, else the XML declaration, else UTF-8, decoded
 * strictly. Parsers then get characters, so a wrongly encoded file is refused here with its line instead of by the
 * JDK parser (which also prints "[Fatal Error]" lines on stderr). Used by the glossary reader and the batch QA.
 */
public final class XmlText {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlText() {}

    /**
     * The document as text, decoded strictly in the encoding of its byte order mark or XML declaration (UTF-8 if
     * neither).
     *
     * @throws IllegalArgumentException "line N: the file is not valid UTF-8, ..." naming the first bad line
     */
    public static String decode(byte[] content) {
        Charset charset = StandardCharsets.UTF_8;
        String why = "UTF-8, as no XML declaration names another encoding";
        int skip = 0;
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            why = "UTF-16BE, as its byte order mark says";
            skip = 2;
        } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            why = "UTF-16LE, as its byte order mark says";
            skip = 2;
        } else {
            if (content.length >= 3
                    && (content[0] & 0xFF) == 0xEF
                    && (content[1] & 0xFF) == 0xBB
                    && (content[2] & 0xFF) == 0xBF) {
                skip = 3;
            }
            String head = new String(content, skip, Math.min(200, content.length - skip), StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED_ENCODING.matcher(head);
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                    why = charset.name() + ", the encoding its XML declaration names";
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new IllegalArgumentException(
                            "line 1: the XML declaration names an unknown encoding " + m.group(1), e);
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
            throw new IllegalArgumentException(
                    "line " + firstBadLine(content, skip, charset) + ": the file is not valid " + why, e);
        }
    }

    /** The line of the first byte sequence that does not decode: decodes line by line. */
    private static int firstBadLine(byte[] content, int from, Charset charset) {
        int line = 1;
        int start = from;
        for (int i = from; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                try {
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(content, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line - 1;
    }
}
