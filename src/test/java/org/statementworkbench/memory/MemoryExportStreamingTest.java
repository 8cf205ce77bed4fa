package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.security.Role;

/**
 * TMX exports are streamed: a memory of a few thousand units (SDG goals, targets and indicators in the six UN
 * languages, with inline codes, authors and dates) reaches the output stream in many small writes, over several
 * pages of units, and reads back to exactly the units that were imported. A translator's export is refused before a
 * single byte is written.
 */
@SpringBootTest
class MemoryExportStreamingTest {

    private static final int UNITS = 3_000;

    @Autowired
    MemoryAdminService admin;

    @Autowired
    TestData data;

    private String adminName = "";

    @BeforeEach
    void signIn() {
        adminName = data.admin(TestData.unique("tm-stream"), "Amina Haddad");
        TestSignIn.as(adminName, Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    /** Counts the bytes and the writes that reach it, and the largest write; keeps the bytes when asked to. */
    static final class CountingStream extends OutputStream {

        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final boolean keep;
        long bytes;
        int writes;
        int largestWrite;

        CountingStream(boolean keep) {
            this.keep = keep;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            writes++;
            largestWrite = Math.max(largestWrite, len);
            if (keep) {
                kept.write(b, off, len);
            }
        }

        byte[] kept() {
            return kept.toByteArray();
        }
    }

    /**
     * {@code count} units from the SDG corpus in the six languages (repeated with a numbered prefix until there are
     * enough), every seventh with inline codes the markers cannot express, each text with its author and date.
     */
    private static byte[] sdgTmx(int count) {
        SdgCorpus sdg = SdgCorpus.load(SdgCorpus.defaultLocation());
        List<String> keys = new ArrayList<>(sdg.sentences().keySet());
        keys.removeIf(k -> SdgCorpus.LANGUAGES.stream()
                .anyMatch(l -> sdg.sentences().get(k).get(l) == null
                        || sdg.sentences().get(k).get(l).isBlank()));
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header"
                + " creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\""
                + " adminlang=\"en-US\" srclang=\"en-US\" datatype=\"plaintext\"/><body>\n");
        for (int i = 0; i < count; i++) {
            String key = keys.get(i % keys.size());
            int round = i / keys.size();
            xml.append("<tu creationdate=\"2015092")
                    .append(round % 10)
                    .append("T120000Z\"><prop type=\"x-document-symbol\">A/RES/70/")
                    .append(1 + round)
                    .append("</prop>\n");
            for (String lang : SdgCorpus.LANGUAGES) {
                var seg = new StringBuilder();
                if (round > 0) {
                    seg.append('(').append(round).append(") ");
                }
                TmxInline.escape(seg, sdg.text(key, lang).strip());
                if (i % 7 == 0) {
                    seg.append(" <ph x=\"1\">&lt;br/&gt;</ph><bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>")
                            .append(lang)
                            .append("<ept i=\"1\">&lt;/b&gt;</ept>");
                }
                xml.append("<tuv xml:lang=\"")
                        .append(lang.equals("zh") ? "zh-Hans" : lang)
                        .append("\" changeid=\"sdg.")
                        .append(lang)
                        .append("\" changedate=\"2025010")
                        .append(1 + i % 9)
                        .append("T08")
                        .append(String.format("%02d", i % 60))
                        .append("00Z\"><seg>")
                        .append(seg)
                        .append("</seg></tuv>\n");
            }
            xml.append("</tu>\n");
        }
        return xml.append("</body></tmx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMemoryOfThousandsOfUnitsIsStreamedAndReadsBackToTheSameUnits() throws IOException {
        long original = admin.create(TestData.unique("Streamed export"));
        byte[] file = sdgTmx(UNITS);
        TmxImportResult imported =
                admin.importTmx(admin.preview(original, "sdg.tmx", file).id(), DuplicateChoice.KEEP_BOTH, p -> {});
        assertThat(imported.imported()).isEqualTo(UNITS);

        var stream = new CountingStream(true);
        assertThat(admin.exportMemory(original, stream)).isEqualTo(UNITS);
        assertThat(stream.bytes).isGreaterThan(1_000_000L).isEqualTo(stream.kept().length);
        // written as it was read: many writes, none of them the whole document (the writer buffers 64 KB at most)
        assertThat(stream.writes).isGreaterThan(10);
        assertThat(stream.largestWrite).isLessThanOrEqualTo(3 * 65_536);

        TmxReader reader = new TmxReader();
        TmxFile back = reader.read(stream.kept());
        TmxFile sent = reader.read(file);
        assertThat(back.units()).hasSize(UNITS);
        // nothing lost: texts, inline codes, authors, dates, document symbols, creation dates, in order
        assertThat(back.units()).isEqualTo(sent.units());
        assertThat(back.units().getFirst().texts().get(UnLanguage.FR).codes())
                .containsExactly(
                        "<ph x=\"1\">&lt;br/&gt;</ph>",
                        "<bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>",
                        "<ept i=\"1\">&lt;/b&gt;</ept>");

        // and an import of the export exports the same document body
        long copy = admin.create(TestData.unique("Streamed back"));
        admin.importTmx(admin.preview(copy, "exported.tmx", stream.kept()).id(), DuplicateChoice.KEEP_BOTH, p -> {});
        var again = new CountingStream(true);
        admin.exportMemory(copy, again);
        assertThat(body(again.kept())).isEqualTo(body(stream.kept()));

        var pair = new CountingStream(true);
        assertThat(admin.exportPair(original, UnLanguage.AR, UnLanguage.ZH, pair))
                .isEqualTo(UNITS);
        assertThat(new String(pair.kept(), StandardCharsets.UTF_8))
                .contains("srclang=\"ar\"")
                .doesNotContain("xml:lang=\"en\"");
        admin.delete(original);
        admin.delete(copy);
    }

    @Test
    void aTranslatorsExportIsRefusedBeforeAnythingIsWritten() throws IOException {
        long id = admin.create(TestData.unique("Not for translators"));
        admin.importTmx(admin.preview(id, "sdg.tmx", sdgTmx(20)).id(), DuplicateChoice.KEEP_BOTH, p -> {});
        String translator = data.translator(TestData.unique("tm-stream-tr"), "Li Wei", UnLanguage.ZH);
        TestSignIn.as(translator, Role.TRANSLATOR);
        var stream = new CountingStream(false);
        assertThatThrownBy(() -> admin.exportMemory(id, stream)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.exportPair(id, UnLanguage.EN, UnLanguage.ZH, stream))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.exportStatement(1L, stream)).isInstanceOf(AccessDeniedException.class);
        assertThat(stream.bytes).isZero();
        assertThat(stream.writes).isZero();

        TestSignIn.as(adminName, Role.ADMIN);
        assertThatThrownBy(() -> admin.exportMemory(Long.MAX_VALUE, stream))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no memory");
        assertThat(stream.bytes).as("an unknown memory writes nothing either").isZero();
        admin.delete(id);
    }

    private static String body(byte[] tmx) {
        String text = new String(tmx, StandardCharsets.UTF_8);
        return text.substring(text.indexOf("<body>"));
    }
}
