package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * The TMX reader and writer without a database: real files (TICO-19, the LISA TMX Compliance Kit as OmegaT keeps it,
 * SDG targets in six languages), language tags, inline codes kept as placeholders and written back unchanged, hostile
 * and broken files refused with their line.
 */
class TmxReaderTest {

    private static final Path RESOURCES = Path.of("src", "test", "resources", "memory");
    private final TmxReader reader = new TmxReader();

    private static byte[] file(String path) throws IOException {
        return Files.readAllBytes(RESOURCES.resolve(path));
    }

    private static byte[] tmx(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\""
                        + " adminlang=\"en\" creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\""
                        + " o-tmf=\"t\" datatype=\"plaintext\"/>\n<body>\n" + body + "</body></tmx>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTico19EnglishArabicChineseRussian() throws IOException {
        for (var pair : List.of("ar", "zh", "ru")) {
            TmxFile file = reader.read(file("tico19/tico19-300.en-" + pair + ".tmx"));
            assertThat(file.units()).hasSize(300);
            assertThat(file.sourceLanguage()).isEqualTo(UnLanguage.EN);
            assertThat(file.units().getFirst().texts().keySet())
                    .containsExactlyInAnyOrder(
                            UnLanguage.EN, UnLanguage.fromTag(pair).orElseThrow());
        }
        TmxFile arabic = reader.read(file("tico19/tico19-300.en-ar.tmx"));
        assertThat(arabic.units().getFirst().texts().get(UnLanguage.EN).text())
                .isEqualTo("about how long have these symptoms been going on?");
        assertThat(arabic.units().getFirst().texts().get(UnLanguage.AR).text())
                .isEqualTo("منذ متى لا تزال هذه الأعراض مستمرة تقريبًا؟");
    }

    /** Texts are stored composed (NFC), as statements are: a decomposed TMX then matches the editor's text at 100. */
    @Test
    void decomposedTextIsReadComposed() {
        String decomposed = java.text.Normalizer.normalize(
                "Parvenir à l’égalité des sexes et autonomiser toutes les femmes et les filles",
                java.text.Normalizer.Form.NFD);
        TmxFile file = reader.read(tmx("<tu><tuv xml:lang=\"en\"><seg>Achieve gender equality and empower all women"
                + " and girls</seg></tuv><tuv xml:lang=\"fr\"><seg>" + decomposed + "</seg></tuv></tu>\n"));
        String french = file.units().getFirst().texts().get(UnLanguage.FR).text();
        assertThat(french).isNotEqualTo(decomposed);
        assertThat(french).isEqualTo("Parvenir à l’égalité des sexes et autonomiser toutes les femmes et les filles");
        assertThat(FuzzyScorer.score(
                                french, "Parvenir à l’égalité des sexes et autonomiser toutes les femmes et les filles")
                        .value())
                .isEqualTo(100);
    }

    @Test
    void mapsRegionAndScriptTagsAndCountsOtherLanguages() {
        TmxFile file = reader.read(tmx("""
                <tu><tuv xml:lang="en-US"><seg>Capacity-building</seg></tuv>
                  <tuv xml:lang="zh-Hans"><seg>能力建设</seg></tuv>
                  <tuv xml:lang="ar-SA"><seg>بناء القدرات</seg></tuv>
                  <tuv xml:lang="de-DE"><seg>Kapazitätsaufbau</seg></tuv></tu>
                <tu><tuv xml:lang="EN-GB"><seg>Capacity-building</seg></tuv>
                  <tuv xml:lang="en-US"><seg>Capacity building</seg></tuv>
                  <tuv xml:lang="zh-CN"><seg>能力建设</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>only English</seg></tuv><tuv xml:lang="ja"><seg>英語</seg></tuv></tu>
                """));
        assertThat(file.units()).hasSize(2);
        assertThat(file.units().get(0).texts().keySet()).containsExactly(UnLanguage.AR, UnLanguage.ZH, UnLanguage.EN);
        assertThat(file.units().get(1).texts().get(UnLanguage.EN).text()).isEqualTo("Capacity-building");
        assertThat(file.skippedLanguages()).isEqualTo(Map.of("de-DE", 1, "en-US", 1, "ja", 1));
        assertThat(file.skippedSingleLanguage()).isEqualTo(1);
    }

    @Test
    void keepsInlineCodesAsPlaceholdersAndWritesThemBackUnchanged() throws IOException {
        // LISA compliance kit, UTF-16 with a DOCTYPE line: bpt/ept with HTML native codes
        TmxFile file = reader.read(file("lisa-tmx-compliance-kit/ImportTest2A.tmx"));
        TmxFile.Text english = file.units().getFirst().texts().get(UnLanguage.EN);
        assertThat(english.text()).isEqualTo("The big ⟦1⟧black⟦2⟧ ⟦3⟧cat⟦4⟧ sleeps.");
        assertThat(english.codes())
                .containsExactly(
                        "<bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>",
                        "<ept i=\"1\">&lt;/b&gt;</ept>",
                        "<bpt i=\"2\" x=\"2\" type=\"ulined\">&lt;u&gt;</bpt>",
                        "<ept i=\"2\">&lt;/u&gt;</ept>");
        assertThat(file.units().getFirst().hasTags()).isTrue();
        var xml = new StringBuilder();
        TmxInline.writeSeg(english.text(), english.codes(), xml);
        assertThat(xml)
                .hasToString("The big <bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>black<ept i=\"1\">&lt;/b&gt;"
                        + "</ept> <bpt i=\"2\" x=\"2\" type=\"ulined\">&lt;u&gt;</bpt>cat<ept i=\"2\">&lt;/u&gt;</ept>"
                        + " sleeps.");
        // RTF native codes, and the other compliance files (BOM, odd spacing, character references, header props)
        assertThat(reader.read(file("lisa-tmx-compliance-kit/ImportTest2B.tmx"))
                        .units()
                        .getFirst()
                        .texts()
                        .get(UnLanguage.FR)
                        .codes())
                .containsExactly(
                        "<bpt i=\"2\" x=\"2\" type=\"ulined\">{\\ul </bpt>",
                        "<ept i=\"2\">}</ept>",
                        "<bpt i=\"1\" x=\"1\" type=\"bold\">{\\b </bpt>",
                        "<ept i=\"1\">}</ept>");
        assertThat(reader.read(file("lisa-tmx-compliance-kit/ImportTest1A.tmx"))
                        .units()
                        .getFirst()
                        .texts()
                        .get(UnLanguage.EN)
                        .text())
                .isEqualTo("First segment with [\t\t   ]");
        assertThat(reader.read(file("lisa-tmx-compliance-kit/ImportTest1B.tmx")).units())
                .hasSize(1);
        assertThat(reader.read(file("lisa-tmx-compliance-kit/ImportTest1D.tmx")).skippedLanguages())
                .containsKey("en-gb");
        assertThat(reader.read(file("lisa-tmx-compliance-kit/ImportTest2C.tmx")).units())
                .isNotEmpty();
    }

    @Test
    void boldAndItalicBecomeTheEditorsMarkersAndLiteralAsterisksAreEscaped() {
        TmxFile file = reader.read(tmx("""
                <tu><tuv xml:lang="en"><seg>The <hi type="bold">Security Council</hi> met* on <hi type="italic">Monday</hi> <ph x="1">&lt;br/&gt;</ph></seg></tuv>
                  <tuv xml:lang="fr"><seg>Le <hi type="bold">Conseil de sécurité</hi> s'est réuni* <hi type="term">lundi</hi></seg></tuv></tu>
                """));
        var texts = file.units().getFirst().texts();
        assertThat(texts.get(UnLanguage.EN).text()).isEqualTo("The **Security Council** met\\* on *Monday* ⟦1⟧");
        assertThat(texts.get(UnLanguage.FR).text()).isEqualTo("Le **Conseil de sécurité** s'est réuni\\* ⟦1⟧lundi⟦2⟧");
        assertThat(texts.get(UnLanguage.FR).codes()).containsExactly("<hi type=\"term\">", "</hi>");
        assertThat(org.statementworkbench.statement.InlineMarkers.plain(
                        texts.get(UnLanguage.EN).text()))
                .startsWith("The Security Council met* on Monday");
        var xml = new StringBuilder();
        TmxInline.writeSeg(
                texts.get(UnLanguage.EN).text(), texts.get(UnLanguage.EN).codes(), xml);
        assertThat(xml)
                .hasToString("The <hi type=\"bold\">Security Council</hi> met* on <hi type=\"italic\">Monday</hi>"
                        + " <ph x=\"1\">&lt;br/&gt;</ph>");
    }

    @Test
    void keepsAuthorsDatesAndTheDocumentSymbol() {
        TmxFile file = reader.read(tmx("""
                <tu creationdate="20230115T101500Z" creationid="tu-author">
                  <prop type="x-document-symbol">A/RES/70/1</prop><prop type="x-other">kept out</prop>
                  <tuv xml:lang="en" changeid="e.martin" changedate="20240301T080000Z"><seg>Transforming our world</seg></tuv>
                  <tuv xml:lang="es"><seg>Transformar nuestro mundo</seg></tuv></tu>
                """));
        TmxFile.Unit unit = file.units().getFirst();
        assertThat(unit.documentSymbol()).isEqualTo("A/RES/70/1");
        assertThat(unit.createdAt()).isEqualTo(Instant.parse("2023-01-15T10:15:00Z"));
        assertThat(unit.texts().get(UnLanguage.EN).author()).isEqualTo("e.martin");
        assertThat(unit.texts().get(UnLanguage.EN).changedAt()).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
        assertThat(unit.texts().get(UnLanguage.ES).author()).isEqualTo("tu-author");
        assertThat(unit.texts().get(UnLanguage.ES).changedAt()).isEqualTo(Instant.parse("2023-01-15T10:15:00Z"));
    }

    @Test
    void sdgTargetsInSixLanguagesRoundTripThroughTheWriter() throws java.io.IOException {
        SdgCorpus sdg = SdgCorpus.load(SdgCorpus.defaultLocation());
        var stream = new java.io.ByteArrayOutputStream();
        TmxWriter writer = new TmxWriter(stream, null, Instant.parse("2026-01-01T00:00:00Z"));
        int written = 0;
        for (String key : List.of("16-3-title", "2-1-title", "4-1-title", "13-1-title")) {
            Map<UnLanguage, TmxWriter.Text> texts = new java.util.EnumMap<>(UnLanguage.class);
            for (String lang : SdgCorpus.LANGUAGES) {
                var marked = new StringBuilder();
                TmxInline.appendText(marked, sdg.text(key, lang).strip());
                texts.put(
                        UnLanguage.ofCode(lang),
                        new TmxWriter.Text(marked.toString(), "", "sdg", Instant.parse("2025-09-25T00:00:00Z")));
            }
            writer.unit(Instant.parse("2015-09-25T00:00:00Z"), "A/RES/70/1", texts);
            written++;
        }
        assertThat(writer.finish()).isEqualTo(written);
        byte[] out = stream.toByteArray();
        assertThat(new String(out, StandardCharsets.UTF_8))
                .contains("creationtool=\"Statement Workbench\"", "srclang=\"*all*\"", "adminlang=\"en\"");
        TmxFile back = reader.read(out);
        assertThat(back.units()).hasSize(written);
        assertThat(back.units().getFirst().texts().keySet()).isEqualTo(EnumSet.allOf(UnLanguage.class));
        assertThat(back.units().getFirst().texts().get(UnLanguage.AR).text())
                .isEqualTo(sdg.text("16-3-title", "ar").strip());
        assertThat(back.units().getFirst().documentSymbol()).isEqualTo("A/RES/70/1");
    }

    @Test
    void refusesExternalEntitiesAndBillionLaughs() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <tmx version="1.4"><header srclang="en"/><body><tu>
                <tuv xml:lang="en"><seg>&xxe;</seg></tuv><tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>
                """;
        assertThatThrownBy(() -> reader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TmxImportException.class)
                .hasMessageContaining("Line 2")
                .hasMessageContaining("DOCTYPE")
                .hasMessageContaining("Nothing was imported");
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv></tu></body></tmx>
                """;
        assertThatThrownBy(() -> reader.read(laughs.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TmxImportException.class)
                .hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> reader.read(tmx("<tu><tuv xml:lang=\"en\"><seg>&undeclared;</seg></tuv></tu>")))
                .isInstanceOf(TmxImportException.class)
                .hasMessageContaining("Nothing was imported");
    }

    @Test
    void aBareDoctypeLineIsNotLoaded() {
        byte[] content = ("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"file:///nonexistent/tmx14.dtd\">\n"
                        + "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Peace</seg>"
                        + "</tuv><tuv xml:lang=\"fr\"><seg>Paix</seg></tuv></tu></body></tmx>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(content).units()).hasSize(1);
    }

    @Test
    void refusesMalformedWronglyEncodedAndOtherXml() {
        assertThatThrownBy(() -> reader.read(tmx("<tu><tuv xml:lang=\"en\"><seg>open</tuv></tu>")))
                .isInstanceOf(TmxImportException.class)
                .hasMessageContaining("Line 4")
                .hasMessageContaining("not well-formed");
        byte[] latin1 =
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><tmx version=\"1.4\"><body><tu><tuv xml:lang=\"fr\">"
                                + "<seg>Sécurité</seg></tuv></tu></body></tmx>")
                        .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(latin1))
                .isInstanceOf(TmxImportException.class)
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("Nothing was imported");
        assertThatThrownBy(() -> reader.read("<martif><text/></martif>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TmxImportException.class)
                .hasMessageContaining("not a TMX file");
        byte[] truncated = java.util.Arrays.copyOf(tmx("<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>"), 200);
        assertThatThrownBy(() -> reader.read(truncated)).isInstanceOf(TmxImportException.class);
    }
}
