package org.statementworkbench.statement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statementworkbench.statement.importing.ImportFixtures.boldItalic;
import static org.statementworkbench.statement.importing.ImportFixtures.paragraph;
import static org.statementworkbench.statement.importing.TextRun.bold;
import static org.statementworkbench.statement.importing.TextRun.italic;
import static org.statementworkbench.statement.importing.TextRun.plain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlReadingTest {

    private final StatementFileReader reader = new StatementFileReader();

    @Test
    void readsTheDemoStatementPageLikeTheMarkdownFile() {
        ImportedDocument document =
                reader.read("statement.html", ImportFixtures.resource(ImportFixtures.STATEMENT + ".html"));

        assertThat(document.paragraphs()).containsExactlyElementsOf(ImportFixtures.demoStatement());
    }

    @Test
    void readsBlocksFormattingAndEntitiesInFiveLanguages() {
        ImportedDocument document = reader.read("excerpts.htm", ImportFixtures.resource("un-statement-excerpts.html"));

        assertThat(document.paragraphs())
                .containsExactly(
                        paragraph(plain("Thailand – CCPCJ\u00A031")),
                        paragraph(bold("لجنة منع الجريمة والعدالة الجنائية في دورتها الحادية والثلاثين")),
                        paragraph(plain("السيد الرئيس،")),
                        paragraph(
                                plain(
                                        "تتعهد تايلند بالتصدي للجريمة السيبرانية. فالجريمة السيبرانية لا تشكل تهديداً لحياة "
                                                + "الناس فحسب، بل هي أيضاً شكل من أشكال الجريمة لا يعرف حدوداً ويقوّض أمن المجتمعات.")),
                        paragraph(italic("发言人：Triyarith Temahivong先生\n特别调查厅厅长\n司法部")),
                        paragraph(plain("Г-н Председатель!")),
                        paragraph(
                                plain("Таиланд "),
                                bold("берет на себя "),
                                boldItalic("обязательство"),
                                plain(" бороться с киберпреступностью.")),
                        paragraph(plain("es")),
                        paragraph(plain("Tailandia se compromete a hacer frente al delito cibernético.")),
                        paragraph(plain("fr")),
                        paragraph(plain("La Thaïlande s’engage à lutter contre la cybercriminalité.")),
                        paragraph(plain("Je vous remercie.")),
                        paragraph(bold("Muchas gracias.")),
                        paragraph(plain("Спасибо.")),
                        paragraph(plain("Line one\n  Line two")));
    }

    /** The charset a page declares is used; a Latin-1 label means Windows-1252, as in browsers. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr.html | <html><head><meta charset="windows-1252"></head><body><p>La Thaïlande s’engage à lutter contre la cybercriminalité.</p></body></html> | La Thaïlande s’engage à lutter contre la cybercriminalité.
            es.html | <meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Señor Presidente: “gracias”</p>                    | Señor Presidente: “gracias”
            """)
    void theCharsetDeclaredInThePageIsUsed(String file, String page, String text) {
        assertThat(reader.read(file, page.getBytes(Charset.forName("windows-1252")))
                        .paragraphs())
                .containsExactly(paragraph(plain(text)));
    }

    @Test
    void aByteOrderMarkWinsOverTheMetaElement() {
        String page = "<meta charset=\"windows-1252\"><p>Таиланд берет на себя обязательство</p>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes(page.getBytes(StandardCharsets.UTF_16LE));

        assertThat(reader.read("ru.html", bytes.toByteArray()).paragraphs())
                .containsExactly(paragraph(plain("Таиланд берет на себя обязательство")));
    }

    @Test
    void undeclaredNonUtf8BytesAreAnErrorNamingTheLine() {
        String page = "<html>\n<body>\n<p>Monsieur le Président,</p>\n</body>\n</html>";

        assertThatThrownBy(() -> reader.read("fr.html", page.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(StatementImportException.class)
                .hasMessage(
                        "\"fr.html\" cannot be imported. Line 3 of the page cannot be read as UTF-8 (it declares no "
                                + "encoding with <meta charset>): it contains the byte 0xE9, which is not valid in this "
                                + "encoding. The page was probably saved in another encoding, such as Windows-1252 (\"ANSI\") "
                                + "or Latin-1. Save it as UTF-8 (for example in Notepad or Word: Save as, Encoding: UTF-8) and "
                                + "try again.");
    }

    @Test
    void anUnknownDeclaredCharsetIsAnError() {
        String page = "<meta charset=\"klingon-1\"><p>Thank you.</p>";

        assertThatThrownBy(() -> reader.read("page.html", page.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"page.html\" cannot be imported. The page declares the encoding \"klingon-1\", which is "
                        + "not known. Save the page as UTF-8 and try again.");
    }

    @Test
    void whitespaceCollapsesAsInABrowserAndLineBreaksStay() {
        String page = "<p>  Mr.\n   Chair, <b> thank </b>  you. <br>\n   Merci&nbsp;!  </p><p> \n &nbsp; </p>";

        assertThat(reader.read("page.html", page.getBytes(StandardCharsets.UTF_8))
                        .paragraphs())
                .containsExactly(paragraph(plain("Mr. Chair, "), bold("thank "), plain("you.\nMerci\u00A0!")));
    }

    @Test
    void aDoctypeWithAnExternalEntityIsNeverResolved(@TempDir Path temp) throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-html");
        String page = "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<html><body><p>Thank you &xxe;</p></body></html>";

        ImportedDocument document = reader.read("page.html", page.getBytes(StandardCharsets.UTF_8));

        assertThat(document.paragraphs()).containsExactly(paragraph(plain("]>")), paragraph(plain("Thank you &xxe;")));
    }

    @Test
    void aPageWithoutBodyTextIsEmpty() {
        String page = "<html><head><title>Statement</title><script>alert('x')</script></head><body> <p>&nbsp;</p>"
                + "<div hidden>draft</div></body></html>";

        assertThatThrownBy(() -> reader.read("page.html", page.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"page.html\" is empty: it has no text to import. Check that you chose the right file.");
    }

    @Test
    void aBinaryFileNamedHtmlIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        assertThatThrownBy(() -> reader.read("page.html", png))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"page.html\" cannot be imported. This is not a web page (HTML) file: it is an image, not "
                        + "text.");
    }
}
