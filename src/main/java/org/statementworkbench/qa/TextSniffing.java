package org.statementworkbench.qa;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the first bytes of an input file say about its encoding. UTF-16 without a byte order mark decodes as UTF-8
 * without an error (its ASCII characters come out as pairs with a NUL byte), and would be checked as garbage; so
 * text without a byte order mark must not contain NUL bytes, and one that has them on every other byte is named
 * as the UTF-16 it is.
 */
final class TextSniffing {

    private TextSniffing() {}

    /** The encoding a byte order mark at the start names, or null. */
    static @Nullable Charset byteOrderMark(byte[] content) {
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * Refuses content without a UTF-16 byte order mark that has NUL bytes: UTF-16 without a byte order mark when
     * they are all on even (big-endian) or all on odd (little-endian) positions, otherwise not a text file.
     */
    static void refuseUnmarkedUtf16OrBinary(byte[] content, String name) {
        Charset bom = byteOrderMark(content);
        if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
            return;
        }
        long even = 0;
        long odd = 0;
        int first = -1;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                first = first < 0 ? i : first;
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (first < 0) {
            return;
        }
        if (odd == 0 || even == 0) {
            String order = odd == 0 ? "big-endian (UTF-16BE)" : "little-endian (UTF-16LE)";
            throw new QaInputException(name + ": the file looks like UTF-16 " + order + " without a byte order "
                    + "mark; save it as UTF-8 (or as UTF-16 with a byte order mark)");
        }
        throw new QaInputException(String.format(
                Locale.ROOT,
                "%s: the file has NUL bytes (the first at byte %,d): " + "it is not a text file in UTF-8",
                name,
                first + 1));
    }
}
