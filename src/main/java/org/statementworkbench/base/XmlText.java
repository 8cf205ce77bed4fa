package org.statementworkbench.base;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads XML files as text in their own encoding: the byte order mark, else the XML declaration, else UTF-8, decoded
 * strictly. Parsers then get characters, so a wrongly encoded file is refused here with its line instead of by the
 * JDK parser (which also prints "[Fatal Error]" lines on stderr). Used by the glossary reader and the batch QA; a file
 * too large to hold as text (a TMX of a million units) is read through {@link #reader(Path)}, decoded as strictly
 * while the parser reads it.
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
        Encoding encoding = encoding(content, content.length);
        try {
            return encoding.charset()
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, encoding.skip(), content.length - encoding.skip()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    "line " + firstBadLine(content, encoding.skip(), encoding.charset()) + ": the file is not valid "
                            + encoding.why(),
                    e);
        }
    }

    /** The charset of a document's first bytes, why, and how many bytes of byte order mark to skip. */
    private record Encoding(Charset charset, String why, int skip) {}

    private static Encoding encoding(byte[] content, int length) {
        if (length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, "UTF-16BE, as its byte order mark says", 2);
        }
        if (length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, "UTF-16LE, as its byte order mark says", 2);
        }
        int skip =
                length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        String head = new String(content, skip, Math.min(200, length - skip), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(head);
        if (!m.find()) {
            return new Encoding(StandardCharsets.UTF_8, "UTF-8, as no XML declaration names another encoding", skip);
        }
        try {
            Charset charset = Charset.forName(m.group(1));
            return new Encoding(charset, charset.name() + ", the encoding its XML declaration names", skip);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(
                    "line 1: the XML declaration names an unknown encoding " + m.group(1), e);
        }
    }

    /**
     * The file as text, read as the parser asks for it and decoded as strictly as {@link #decode}: a byte sequence that
     * does not decode stops the reading with {@link Decoding#problem()} naming its line (found by reading the file
     * again, line by line, only then).
     *
     * @throws IllegalArgumentException if the XML declaration names an unknown encoding
     * @throws IOException if the file cannot be read
     */
    public static Decoding reader(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        var bytesRead = new java.util.concurrent.atomic.AtomicLong();
        try {
            in.mark(256);
            byte[] head = in.readNBytes(200);
            in.reset();
            Encoding encoding = encoding(head, head.length);
            in.skipNBytes(encoding.skip());
            var decoder = encoding.charset()
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            var counted = new java.io.FilterInputStream(in) {
                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        bytesRead.addAndGet(n);
                    }
                    return n;
                }
            };
            return new Decoding(new InputStreamReader(counted, decoder), file, encoding, bytesRead);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * A file decoded while it is read ({@link #reader(Path)}); after a failed read, {@link #problem()} says why in the
     * words of {@link #decode}.
     */
    public static final class Decoding extends Reader {

        private final Reader in;
        private final Path file;
        private final Encoding encoding;
        private final java.util.concurrent.atomic.AtomicLong bytesRead;
        private @Nullable String problem;

        private Decoding(Reader in, Path file, Encoding encoding, java.util.concurrent.atomic.AtomicLong bytesRead) {
            this.in = in;
            this.file = file;
            this.encoding = encoding;
            this.bytesRead = bytesRead;
        }

        /** Bytes of the file read so far (the decoder reads ahead of the parser by a buffer): for progress bars. */
        public long bytesRead() {
            return bytesRead.get();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            try {
                return in.read(buffer, offset, length);
            } catch (CharacterCodingException e) {
                problem = "line " + firstBadLine(file, encoding) + ": the file is not valid " + encoding.why();
                throw e;
            }
        }

        /** "line N: the file is not valid UTF-8, ..." once a read failed on bytes that do not decode; else null. */
        public @Nullable String problem() {
            return problem;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * The line of the file's first byte sequence that does not decode: decodes it again from the start, counting the
     * line breaks decoded before the error (a TMX written on one line is not held in memory for this).
     */
    private static int firstBadLine(Path file, Encoding encoding) {
        var decoder = encoding.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.skip());
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
            int line = 1;
            boolean end = false;
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                java.nio.charset.CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, end);
                    chars.flip();
                    while (chars.hasRemaining()) {
                        if (chars.get() == '\n') {
                            line++;
                        }
                    }
                    chars.clear();
                } while (result.isOverflow());
                if (result.isError()) {
                    return line;
                }
                if (end) {
                    return line;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean decodes(byte[] bytes, int from, int length, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The line of the first byte sequence that does not decode: decodes line by line. */
    private static int firstBadLine(byte[] content, int from, Charset charset) {
        int line = 1;
        int start = from;
        for (int i = from; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                if (!decodes(content, start, i - start, charset)) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line - 1;
    }
}
