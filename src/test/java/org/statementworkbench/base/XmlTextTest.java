package org.statementworkbench.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed decoding of {@link XmlText#reader} reads what {@link XmlText#decode} reads and refuses what it refuses,
 * with the same line: byte order marks, the declared encoding, a bad byte on a later line, or at the end of a file
 * written on one line.
 */
class XmlTextTest {

    @TempDir
    Path dir;

    private static final String TMX = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><body>\n"
            + "<tu><tuv xml:lang=\"ru\"><seg>Ликвидировать нищету во всех её формах</seg></tuv>\n"
            + "<tuv xml:lang=\"zh\"><seg>在全世界消除一切形式的贫困</seg></tuv>\n"
            + "<tuv xml:lang=\"ar\"><seg>القضاء على الفقر بجميع أشكاله في كل مكان</seg></tuv></tu></body></tmx>\n";

    private String streamed(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("file.tmx"), content);
        var out = new StringWriter();
        try (Reader reader = XmlText.reader(file)) {
            reader.transferTo(out);
        }
        return out.toString();
    }

    private String problem(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("bad.tmx"), content);
        try (XmlText.Decoding reader = XmlText.reader(file)) {
            assertThatThrownBy(() -> reader.transferTo(new StringWriter())).isInstanceOf(IOException.class);
            return String.valueOf(reader.problem());
        }
    }

    @Test
    void streamsWhatDecodeReads() throws IOException {
        byte[] utf8 = TMX.getBytes(StandardCharsets.UTF_8);
        assertThat(streamed(utf8)).isEqualTo(XmlText.decode(utf8)).isEqualTo(TMX);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(streamed(bom)).isEqualTo(TMX);
        String undeclared = TMX.replace(" encoding=\"UTF-8\"", "");
        byte[] utf16 = ("\uFEFF" + undeclared).getBytes(StandardCharsets.UTF_16LE);
        assertThat(streamed(utf16)).isEqualTo(XmlText.decode(utf16)).isEqualTo(undeclared);
        String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<tmx><seg>Sécurité</seg></tmx>";
        assertThat(streamed(latin.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(latin);
    }

    @Test
    void aByteThatDoesNotDecodeIsRefusedWithItsLine() throws IOException {
        byte[] latin1 = TMX.replace("<seg>Лик", "<seg>Sécurité Лик").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> XmlText.decode(latin1)).hasMessageStartingWith("line 3: the file is not valid UTF-8");
        assertThat(problem(latin1))
                .isEqualTo("line 3: the file is not valid UTF-8, the encoding its XML declaration names");
        // far into a file written on one line, past the decoder's buffers
        String oneLine = "<tmx>" + "<seg>Paix, justice et institutions efficaces</seg>".repeat(5_000);
        byte[] cut = (oneLine + "<seg>fin").getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(cut, cut.length + 1);
        truncated[cut.length] = (byte) 0xC3; // the first byte of "é", then the end of the file
        assertThat(problem(truncated)).startsWith("line 1: the file is not valid UTF-8");
        assertThatThrownBy(() -> XmlText.decode(truncated)).hasMessageStartingWith("line 1:");
    }

    @Test
    void anUnknownDeclaredEncodingIsRefusedBeforeReading() throws IOException {
        Path file = Files.writeString(dir.resolve("x.tmx"), "<?xml version=\"1.0\" encoding=\"UTF-99\"?><tmx/>");
        assertThatThrownBy(() -> XmlText.reader(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 1: the XML declaration names an unknown encoding UTF-99");
    }
}
