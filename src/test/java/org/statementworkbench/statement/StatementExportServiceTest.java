package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.StatementFileReader;
import org.statementworkbench.statement.importing.TextRun;

/** Formatting and title-block line breaks survive import, editing and export (.md, .docx, .txt). */
@SpringBootTest
class StatementExportServiceTest {

    @Autowired
    StatementExportService exportService;

    @Autowired
    TranslationService translations;

    @Autowired
    TestData data;

    final StatementFileReader reader = new StatementFileReader();
    long statementId;

    @BeforeEach
    void importAndTranslate() {
        String translator = data.translator(TestData.unique("export-fr"), "Claire Dubois", UnLanguage.FR);
        statementId = data.statement("Statement by Thailand")
                .into(UnLanguage.FR, UnLanguage.AR, UnLanguage.ZH)
                .pasted("*Delivered by Mr. Triyarith Temahivong\nMinistry of Justice*\n\n"
                        + "Mr. Chair,\n\nThailand pledges its commitment to tackle **cybercrime**. Thank you.")
                .create();
        TestSignIn.as(translator, Role.TRANSLATOR);
        List<SegmentRow> rows = translations.rows(statementId, UnLanguage.FR, SegmentQuery.all(), 0, 10);
        String[] french = {
            "*Déclaration prononcée par M. Triyarith Temahivong*",
            "*Ministère de la justice*",
            "Monsieur le Président,",
            "La Thaïlande s’engage à lutter contre la **cybercriminalité**."
        };
        for (int i = 0; i < french.length; i++) {
            translations.save(new SaveTranslation(
                    rows.get(i).segmentId(),
                    UnLanguage.FR,
                    french[i],
                    SegmentStatus.TRANSLATED,
                    TranslationState.UNSAVED_VERSION));
        }
    }

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    static final List<ImportedParagraph> EXPECTED = List.of(
            new ImportedParagraph(List.of(
                    TextRun.italic("Déclaration prononcée par M. Triyarith Temahivong"),
                    TextRun.plain("\n"),
                    TextRun.italic("Ministère de la justice"))),
            new ImportedParagraph(List.of(TextRun.plain("Monsieur le Président,"))),
            new ImportedParagraph(List.of(
                    TextRun.plain("La Thaïlande s’engage à lutter contre la "),
                    TextRun.bold("cybercriminalité"),
                    TextRun.plain(". Thank you."))));

    @Test
    void markdownExportReadsBackToTheSameFormattedParagraphs() {
        ExportedFile file = exportService.export(statementId, UnLanguage.FR, ExportFormat.MARKDOWN);
        assertThat(file.fileName()).isEqualTo("statement-by-thailand.fr.md");
        assertThat(file.untranslatedSegments()).isEqualTo(1);
        ImportedDocument back = reader.readPasted(new String(file.content(), StandardCharsets.UTF_8));
        assertThat(back.paragraphs()).isEqualTo(EXPECTED);
    }

    @Test
    void docxExportKeepsBoldItalicAndLineBreaks() {
        ExportedFile file = exportService.export(statementId, UnLanguage.FR, ExportFormat.DOCX);
        ImportedDocument back = reader.read(file.fileName(), file.content());
        assertThat(back.paragraphs()).isEqualTo(EXPECTED);
    }

    @Test
    void textExportDropsTheMarkers() {
        String text = new String(
                exportService
                        .export(statementId, UnLanguage.FR, ExportFormat.TEXT)
                        .content(),
                StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo(
                        "Déclaration prononcée par M. Triyarith Temahivong\nMinistère de la justice\n\n"
                                + "Monsieur le Président,\n\nLa Thaïlande s’engage à lutter contre la cybercriminalité. Thank you.\n\n");
    }

    @Test
    void anArabicDocxIsRightToLeftAndTheSourceExportsAsImported() {
        ExportedFile arabic = exportService.export(statementId, UnLanguage.AR, ExportFormat.DOCX);
        assertThat(arabic.untranslatedSegments()).isEqualTo(5);
        assertThat(reader.read("a.docx", arabic.content()).paragraphs()).hasSize(3);
        String xml = documentXml(arabic.content());
        assertThat(xml).contains("<w:bidi/>").contains("<w:rtl/>");
        ExportedFile english = exportService.export(statementId, UnLanguage.EN, ExportFormat.MARKDOWN);
        assertThat(new String(english.content(), StandardCharsets.UTF_8))
                .startsWith("*Delivered by Mr. Triyarith Temahivong*\n*Ministry of Justice*\n\nMr. Chair,\n\n");
        assertThat(english.untranslatedSegments()).isZero();
    }

    /** Imported text that Markdown would read as markup: HTML, links, code, headings, lists, a setext heading. */
    static final List<String> MARKUP_AS_TEXT = List.of(
            "<script>alert('x')</script> Thailand <b>commits</b> to [act](javascript:alert(1)) & &amp; stays.",
            "# Not a heading: `code`, snake_case_name, __not bold__, ~~not struck~~ and 2 * 3 <img src=x onerror=alert(1)>.",
            "1. The Commission decides.",
            "- Not a bullet, nor + this > quote, nor a back\\slash \\<b>.",
            "Statement by Thailand\n=====",
            "| a | table |\n|---|---|",
            "<!-- a comment --> www.un.org");

    @Test
    void markdownExportRendersImportedMarkupAsTextAndReadsBackUnchanged() {
        TestSignIn.as("export-admin", Role.ADMIN);
        long id = data.statement("Markup as text")
                .into(UnLanguage.FR)
                .paragraphs(MARKUP_AS_TEXT)
                .create();

        String markdown = new String(
                exportService.export(id, UnLanguage.EN, ExportFormat.MARKDOWN).content(), StandardCharsets.UTF_8);

        var extensions = List.of(StrikethroughExtension.create(), TablesExtension.create());
        String html = HtmlRenderer.builder()
                .extensions(extensions)
                .build()
                .render(Parser.builder().extensions(extensions).build().parse(markdown));
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("*")).as(html).extracting(e -> e.tagName()).containsOnly("body", "p");
        assertThat(body.select("p"))
                .extracting(e -> e.wholeText().replace("\n", " "))
                .containsExactlyElementsOf(
                        MARKUP_AS_TEXT.stream().map(p -> p.replace("\n", " ")).toList());
        assertThat(reader.readPasted(markdown).paragraphs())
                .extracting(p -> p.runs().stream().map(TextRun::text).reduce("", String::concat))
                .containsExactlyElementsOf(MARKUP_AS_TEXT);
    }

    @Test
    void docxNamesAFontPerScriptAndMarksArabicBoldForRightToLeftRuns() {
        String arabicTranslator = data.translator(TestData.unique("export-ar"), "Amina Haddad", UnLanguage.AR);
        TestSignIn.as(arabicTranslator, Role.TRANSLATOR);
        SegmentRow pledge = translations
                .rows(statementId, UnLanguage.AR, SegmentQuery.all(), 0, 10)
                .get(3);
        translations.save(new SaveTranslation(
                pledge.segmentId(),
                UnLanguage.AR,
                "تتعهد تايلند بالتصدي **للجريمة السيبرانية**.",
                SegmentStatus.TRANSLATED,
                TranslationState.UNSAVED_VERSION));

        byte[] arabic = exportService
                .export(statementId, UnLanguage.AR, ExportFormat.DOCX)
                .content();
        assertThat(part(arabic, "word/styles.xml"))
                .contains("w:ascii=\"Times New Roman\"")
                .contains("w:hAnsi=\"Times New Roman\"")
                .contains("w:cs=\"Noto Naskh Arabic\"")
                .contains("w:eastAsia=\"SimSun\"")
                .contains("w:bidi=\"ar-SA\"");
        assertThat(part(arabic, "word/document.xml")).contains("<w:b/><w:bCs/>");
        assertThat(reader.read("a.docx", arabic).paragraphs().get(2).runs())
                .contains(TextRun.bold("للجريمة السيبرانية"));

        String chinese = part(
                exportService
                        .export(statementId, UnLanguage.ZH, ExportFormat.DOCX)
                        .content(),
                "word/styles.xml");
        assertThat(chinese)
                .contains("w:eastAsia=\"SimSun\"")
                .contains("w:hint=\"eastAsia\"")
                .contains("w:eastAsia=\"zh-CN\"");
        String french = part(
                exportService
                        .export(statementId, UnLanguage.FR, ExportFormat.DOCX)
                        .content(),
                "word/styles.xml");
        assertThat(french).contains("w:cs=\"Times New Roman\"").contains("w:val=\"fr-FR\"");
    }

    private static String documentXml(byte[] docx) {
        return part(docx, "word/document.xml");
    }

    private static String part(byte[] docx, String name) {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no " + name);
    }
}
