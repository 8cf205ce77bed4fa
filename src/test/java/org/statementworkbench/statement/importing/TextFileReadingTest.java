package org.statementworkbench.statement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statementworkbench.statement.importing.ImportFixtures.paragraph;
import static org.statementworkbench.statement.importing.TextRun.plain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFileReadingTest {

    private static final String FRENCH = """
            THAÏLANDE

            Monsieur le Président,

            La Thaïlande s’engage à lutter contre la cybercriminalité.
            Non seulement la cybercriminalité menace la vie des personnes, mais elle constitue aussi une forme de \
            criminalité sans frontières qui compromet la sécurité des sociétés.

            Je vous remercie.
            """;

    private static final List<ImportedParagraph> FRENCH_PARAGRAPHS = List.of(
            paragraph(plain("THAÏLANDE")),
            paragraph(plain("Monsieur le Président,")),
            paragraph(plain("La Thaïlande s’engage à lutter contre la cybercriminalité.\nNon seulement la "
                    + "cybercriminalité menace la vie des personnes, mais elle constitue aussi une forme de criminalité "
                    + "sans frontières qui compromet la sécurité des sociétés.")),
            paragraph(plain("Je vous remercie.")));

    private final StatementFileReader reader = new StatementFileReader();

    @Test
    void readsTheDemoStatementAsPlainTextKeepingTheTitleLines() {
        ImportedDocument document =
                reader.read("statement.TXT", ImportFixtures.resource(ImportFixtures.STATEMENT + ".txt"));

        List<ImportedParagraph> expected = ImportFixtures.demoStatement().stream()
                .map(p -> paragraph(plain(p.plainText())))
                .toList();
        assertThat(document.paragraphs()).containsExactlyElementsOf(expected);
        assertThat(document.paragraphs().get(1).plainText())
                .startsWith("The 31st Session of the Commission on Crime Prevention and Criminal Justice\nAgenda 5");
    }

    @Test
    void markersInATextFileStayText() {
        byte[] content = "**Не** полужирный *текст*".getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read("ru.txt", content).paragraphs())
                .containsExactly(paragraph(plain("**Не** полужирный *текст*")));
    }

    @Test
    void readsUtf8WithByteOrderMarkAndWindowsLineBreaks() {
        byte[] content = concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                FRENCH.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read("fr.txt", content).paragraphs()).containsExactlyElementsOf(FRENCH_PARAGRAPHS);
    }

    @Test
    void readsUtf16LittleAndBigEndianWithByteOrderMark() {
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH.getBytes(StandardCharsets.UTF_16BE));

        assertThat(reader.read("fr.txt", little).paragraphs()).containsExactlyElementsOf(FRENCH_PARAGRAPHS);
        assertThat(reader.read("fr.txt", big).paragraphs()).containsExactlyElementsOf(FRENCH_PARAGRAPHS);
    }

    @Test
    void readsChineseAndSpanishInUtf8() {
        String text = "泰国承诺致力于打击网络犯罪。\n网络犯罪不仅威胁人们的生活，而且是一种无国界的犯罪形式，危害社会安全。\n\n"
                + "Tailandia se compromete a hacer frente al delito cibernético.";

        assertThat(reader.read("zh-es.txt", text.getBytes(StandardCharsets.UTF_8))
                        .paragraphs())
                .containsExactly(
                        paragraph(plain("泰国承诺致力于打击网络犯罪。\n网络犯罪不仅威胁人们的生活，而且是一种无国界的犯罪形式，危害社会安全。")),
                        paragraph(plain("Tailandia se compromete a hacer frente al delito cibernético.")));
    }

    @Test
    void latin1FrenchTextIsAnErrorNamingTheFirstBadLine() {
        byte[] latin1 = FRENCH.replace('’', '\'').getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read("fr-latin1.txt", latin1))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"fr-latin1.txt\" cannot be imported. Line 1 of the file cannot be read as UTF-8: it "
                        + "contains the byte 0xCF, which is not valid in this encoding. The file was probably saved in "
                        + "another encoding, such as Windows-1252 (\"ANSI\") or Latin-1. Save it as UTF-8 (for "
                        + "example in Notepad or Word: Save as, Encoding: UTF-8) and try again.");
    }

    @Test
    void theBadLineIsCountedWithWindowsAndOldMacLineBreaks() {
        byte[] content = concat(
                "Mr. Chair,\r\n\r\nThank you.\rMerci.\r\n".getBytes(StandardCharsets.UTF_8),
                "Je vous remercie, Monsieur le Pr\u00E9sident.".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.read("mixed.txt", content))
                .isInstanceOf(StatementImportException.class)
                .hasMessageContaining("Line 5 of the file cannot be read as UTF-8: it contains the byte 0xE9");
    }

    @Test
    void invalidUtf16IsAnErrorNamingTheLine() {
        byte[] content = concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Mr. Chair,\n\nThank you".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {0x00, (byte) 0xD8});

        assertThatThrownBy(() -> reader.read("utf16.txt", content))
                .isInstanceOf(StatementImportException.class)
                .hasMessageContaining("Line 3 of the file cannot be read as UTF-16LE (as its byte order mark says)");
    }

    @Test
    void binaryGarbageNamedTxtIsRefused() {
        byte[] garbage = new byte[4096];
        new Random(31).nextBytes(garbage);
        garbage[100] = 0;

        assertThatThrownBy(() -> reader.read("statement.txt", garbage))
                .isInstanceOf(StatementImportException.class)
                .hasMessageStartingWith("\"statement.txt\" cannot be imported. This does not look like a text file: "
                        + "it contains NUL bytes")
                .hasMessageEndingWith("Upload the statement as .docx, .txt (UTF-8), .md or .html.");
    }

    @Test
    void controlCharactersWithoutNulAreRefusedAsBinary() {
        byte[] content = new byte[1000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }

        assertThatThrownBy(() -> reader.read("statement.txt", content))
                .isInstanceOf(StatementImportException.class)
                .hasMessageContaining("This does not look like a text file: 500 of its 1,000 characters are control "
                        + "characters.");
    }

    @Test
    void aWordFileRenamedToTxtIsRecognised() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

        assertThatThrownBy(() -> reader.read("statement.txt", zip))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"statement.txt\" cannot be imported. This is not a text file: it is a ZIP archive, for "
                        + "example a Word (.docx) file with the wrong name. Give it its real extension (.docx) and "
                        + "upload it again.");
    }

    @Test
    void emptyAndBlankFilesAreErrors() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0]))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"empty.txt\" is empty: it has no text to import. Check that you chose the right file.");
        assertThatThrownBy(() -> reader.read("blank.md", "\uFEFF \r\n\t\r\n# \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"blank.md\" is empty: it has no text to import. Check that you chose the right file.");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        byte[] content = new byte[StatementFileReader.MAX_BYTES + 1];

        assertThatThrownBy(() -> reader.read("huge.txt", content))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"huge.txt\" is too large: 10,485,761 bytes, and at most 10,485,760 bytes (10 MB) can be "
                        + "imported. Remove images or other embedded content, or split the statement into several "
                        + "files.");
    }

    @Test
    void tooManyParagraphsIsAnErrorNamingTheLimit() {
        String text = "Thank you.\n\n".repeat(StatementFileReader.MAX_PARAGRAPHS + 1);

        assertThatThrownBy(() -> reader.read("many.txt", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"many.txt\" cannot be imported. The statement has too many paragraphs: at most 20,000 "
                        + "can be imported, and the paragraph that starts on line 40,001 of the file is one more. "
                        + "Split the statement into several files and import them separately.");
    }

    @Test
    void aParagraphOverTheLengthLimitIsAnErrorNamingItsLine() {
        String text = "Mr. Chair,\n\n" + "Thailand pledges its commitment. ".repeat(2_000);

        assertThatThrownBy(() -> reader.read("long.txt", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"long.txt\" cannot be imported. The paragraph that starts on line 3 of the file is too "
                        + "long: it has 65,999 characters, and a paragraph may have at most 50,000. Check that "
                        + "paragraphs are separated (by a blank line in a text file), or split this one, and try "
                        + "again.");
    }

    @Test
    void unsupportedExtensionsAreRefused() {
        assertThatThrownBy(() -> reader.read("statement.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"statement.pdf\" cannot be imported: only Word (.docx), text (.txt), Markdown (.md) and "
                        + "web page (.html, .htm) files can. Save the statement in one of these formats and try "
                        + "again.");
        assertThatThrownBy(() -> reader.read("statement", "Thank you.".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(StatementImportException.class)
                .hasMessageStartingWith("\"statement\" cannot be imported: only Word (.docx)");
    }

    @Test
    void lineAndParagraphSeparatorsAndStrayControlsAreNormalised() {
        String text = "Mr. Chair,\u2028Thank you.\u2029Merci\u0007.\u000BGracias.";

        assertThat(reader.read("separators.txt", text.getBytes(StandardCharsets.UTF_8))
                        .paragraphs())
                .containsExactly(paragraph(plain("Mr. Chair,\nThank you.")), paragraph(plain("Merci.\nGracias.")));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
