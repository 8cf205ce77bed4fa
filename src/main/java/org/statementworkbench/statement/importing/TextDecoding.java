package org.statementworkbench.statement.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Bytes of a text file to text: a byte order mark (UTF-8, UTF-16LE, UTF-16BE) decides the encoding, otherwise the
 * bytes must be UTF-8. Bytes that cannot be decoded are an error naming the line, never silently replaced.
 */
final class TextDecoding {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextDecoding() {}

    /** The encoding announced by a byte order mark at the start of the bytes, or null. */
    static @Nullable Charset charsetFromBom(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decodes a text file: by its byte order mark, else as UTF-8. */
    static String decodeText(byte[] bytes, String what) {
        Charset bom = charsetFromBom(bytes);
        return decode(
                bytes,
                bom == null ? StandardCharsets.UTF_8 : bom,
                what,
                bom == null ? "" : " (as its byte order mark says)");
    }

    /**
     * Decodes the bytes (after any byte order mark) strictly.
     *
     * @param what "the file" or "the page", for the message
     * @param why why this encoding was chosen, for the message; may be empty
     */
    static String decode(byte[] bytes, Charset charset, String what, String why) {
        Charset bom = charsetFromBom(bytes);
        int skip = bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int)
                Math.min(Integer.MAX_VALUE - 16, (long) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1 + countLineBreaks(out.flip());
            int badByte = bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF;
            throw new StatementImportException(String.format(
                    Locale.ENGLISH,
                    "Line %d of %s cannot be read as %s%s: it contains the byte 0x%02X, which is not valid in this "
                            + "encoding. %s was probably saved in another encoding, such as Windows-1252 (\"ANSI\") "
                            + "or Latin-1. Save it as UTF-8 (for example in Notepad or Word: Save as, Encoding: "
                            + "UTF-8) and try again.",
                    line,
                    what,
                    charset.name(),
                    why,
                    badByte,
                    capitalize(what)));
        }
        return out.flip().toString();
    }

    /** Line breaks as a text editor counts them: LF, CR LF and a lone CR. */
    static int countLineBreaks(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
