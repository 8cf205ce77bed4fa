package org.statementworkbench.statement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statementworkbench.statement.importing.ImportFixtures.boldItalic;
import static org.statementworkbench.statement.importing.ImportFixtures.paragraph;
import static org.statementworkbench.statement.importing.TextRun.bold;
import static org.statementworkbench.statement.importing.TextRun.italic;
import static org.statementworkbench.statement.importing.TextRun.plain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxReadingTest {

    private static final String RESAVE = "Open it in Word, save it again as Word Document (.docx) and try again.";

    private final StatementFileReader reader = new StatementFileReader();

    @Test
    void readsParagraphsRunsBreaksAndTablesInDocumentOrder() throws IOException {
        ImportedDocument document = reader.read("statement.docx", statementDocx());

        assertThat(document.paragraphs())
                .containsExactly(
                        paragraph(plain("THAILAND")),
                        ImportFixtures.TITLE,
                        ImportFixtures.SPEAKER,
                        paragraph(plain("Mr. Chair,")),
                        paragraph(
                                plain("Thailand reiterates its commitment to actively participate in the "),
                                italic("Ad Hoc Committee"),
                                plain(" to Elaborate a "),
                                boldItalic("Comprehensive"),
                                plain(" International Convention.\tSee UNODC.")),
                        paragraph(plain("fr")),
                        paragraph(bold("La Thaïlande"), plain(" s’engage à lutter contre la cybercriminalité.")),
                        paragraph(plain("es")),
                        paragraph(plain("Tailandia se compromete a hacer frente al delito cibernético.")),
                        paragraph(bold("Comisión de Prevención del Delito y Justicia Penal"), plain(" (Viena)")),
                        paragraph(plain("Thank you.")));
    }

    @Test
    void aFileThatIsNotAZipIsRefused() {
        byte[] text = "Mr. Chair, thank you.".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("statement.docx", text))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"statement.docx\" cannot be imported. This is not a Word (.docx) file: a .docx file is a "
                        + "ZIP archive, and this file is not one. If it is a text or web page file, give it the right "
                        + "extension (.txt, .md or .html); otherwise open it in Word, save it again as Word Document "
                        + "(.docx) and try again.");
    }

    @Test
    void aTruncatedFileIsReportedAsIncomplete() throws IOException {
        byte[] whole = statementDocx();
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> reader.read("statement.docx", truncated))
                .isInstanceOf(StatementImportException.class)
                .hasMessageStartingWith(
                        "\"statement.docx\" cannot be imported. The Word file is damaged or incomplete: ")
                .hasMessageEndingWith(RESAVE + " If you cannot open it, ask the sender for the file again.");
    }

    @Test
    void aZipWithoutWordDocumentIsRefused() throws IOException {
        byte[] zip = zip("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> reader.read("statement.docx", zip))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"statement.docx\" cannot be imported. This is a ZIP archive but not a Word document: it "
                        + "has no word/document.xml part. If it is another kind of file, save the statement as Word "
                        + "Document (.docx) and try again.");
    }

    @Test
    void aPasswordProtectedFileIsRecognised() throws Exception {
        byte[] encrypted = compoundFile(fs -> {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("unodc-2022");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(statementDocx());
            }
        });

        assertThatThrownBy(() -> reader.read("statement.docx", encrypted))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"statement.docx\" cannot be imported. The Word file is protected with a password "
                        + "(encrypted), so it cannot be read. Open it in Word, remove the password (File, Info, Protect "
                        + "Document, Encrypt with Password: delete the password), save it and try again.");
    }

    @Test
    void anOldWordDocumentWithADocxNameIsRecognised() throws Exception {
        byte[] doc = compoundFile(fs -> fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument"));

        assertThatThrownBy(() -> reader.read("statement.docx", doc))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"statement.docx\" cannot be imported. This is an older Word 97-2003 document (.doc) with "
                        + "a .docx name. " + RESAVE);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        byte[] bomb;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 65; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan(200_000);

        assertThatThrownBy(() -> reader.read("statement.docx", bomb))
                .isInstanceOf(StatementImportException.class)
                .hasMessage(
                        "\"statement.docx\" cannot be imported. The Word file is refused because once unpacked, its "
                                + "part word/document.xml would have more than 64 MB (a \"ZIP bomb\", or a document far larger "
                                + "than a statement). Check that this is the statement; if it contains large images or "
                                + "embedded files, remove them, save and try again.");
    }

    @Test
    void aZipWithThousandsOfPartsIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= DocxPackageCheck.MAX_PARTS; i++) {
                zip.putNextEntry(new ZipEntry("word/media/image" + i + ".png"));
                zip.closeEntry();
            }
        }

        assertThatThrownBy(() -> reader.read("statement.docx", bytes.toByteArray()))
                .isInstanceOf(StatementImportException.class)
                .hasMessageContaining("The Word file is refused because it contains more than 1000 parts.");
    }

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path temp) throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-7f3a");
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] hostile = withDocumentXml(
                statementDocx(), xml -> withDoctype(xml, doctype).replace("THAILAND", "&xxe;"));

        assertThatThrownBy(() -> reader.read("statement.docx", hostile))
                .isInstanceOf(StatementImportException.class)
                .hasMessage(
                        "\"statement.docx\" cannot be imported. Its part word/document.xml contains a document type "
                                + "declaration (DOCTYPE), which Word never writes and which is refused for security reasons. "
                                + RESAVE)
                .satisfies(e -> assertNoSecret(e, "TOP-SECRET-7f3a"));
    }

    @Test
    void aDoctypeHiddenBehindALongCommentIsRefusedByPoiItself(@TempDir Path temp) throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-91bc");
        String doctype = "<!--" + "x".repeat(10_000) + "--><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>";
        byte[] hostile = withDocumentXml(
                statementDocx(), xml -> withDoctype(xml, doctype).replace("THAILAND", "&xxe;"));

        assertThatThrownBy(() -> reader.read("statement.docx", hostile))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("\"statement.docx\" cannot be imported. The Word file contains a document type declaration "
                        + "(DOCTYPE) or entity definitions, which Word never writes and which are refused for security "
                        + "reasons. Open it in Word, save it again as Word Document (.docx) and try again.")
                .satisfies(e -> assertNoSecret(e, "TOP-SECRET-91bc"));
    }

    @Test
    void billionLaughsAreRefused() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        doctype.append("]>");
        byte[] hostile = withDocumentXml(
                statementDocx(), xml -> withDoctype(xml, doctype.toString()).replace("THAILAND", "&lol9;"));

        assertThatThrownBy(() -> reader.read("statement.docx", hostile))
                .isInstanceOf(StatementImportException.class)
                .hasMessageContaining("Its part word/document.xml contains a document type declaration (DOCTYPE)");
    }

    /** The statement as a Word document built with POI: styles, runs, breaks, a tab, a hyperlink, a table. */
    static byte[] statementDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            CTStyle titleStyle = CTStyle.Factory.newInstance();
            titleStyle.setStyleId("StatementTitle");
            titleStyle.setType(STStyleType.PARAGRAPH);
            titleStyle.addNewName().setVal("Statement Title");
            titleStyle.addNewRPr().addNewB();
            document.createStyles().addStyle(new XWPFStyle(titleStyle));

            document.createParagraph().createRun().setText("THAILAND");
            document.createParagraph(); // empty paragraphs are skipped
            XWPFParagraph title = document.createParagraph();
            title.setStyle("StatementTitle");
            lines(title.createRun(), ImportFixtures.TITLE.plainText());
            XWPFRun speaker = document.createParagraph().createRun();
            speaker.setItalic(true);
            lines(speaker, ImportFixtures.SPEAKER.plainText());
            document.createParagraph().createRun().setText("  ");
            document.createParagraph().createRun().setText("Mr. Chair,");

            XWPFParagraph body = document.createParagraph();
            body.createRun().setText("Thailand reiterates its commitment to actively participate in the ");
            XWPFRun committee = body.createRun();
            committee.setItalic(true);
            committee.setText("Ad Hoc Committee");
            body.createRun().setText(" to Elaborate a ");
            XWPFRun comprehensive = body.createRun();
            comprehensive.setBold(true);
            comprehensive.setItalic(true);
            comprehensive.setText("Comprehensive");
            XWPFRun convention = body.createRun();
            convention.setText(" International Convention.");
            convention.addTab();
            convention.setText("See ");
            body.createHyperlinkRun("https://www.unodc.org").setText("UNODC");
            body.createRun().setText(".");

            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("fr");
            XWPFParagraph french = table.getRow(0).getCell(1).getParagraphs().getFirst();
            XWPFRun thailand = french.createRun();
            thailand.setBold(true);
            thailand.setText("La Thaïlande");
            french.createRun().setText(" s’engage à lutter contre la cybercriminalité.");
            table.getRow(1).getCell(0).setText("es");
            table.getRow(1).getCell(1).setText("Tailandia se compromete a hacer frente al delito cibernético.");

            XWPFParagraph styled = document.createParagraph();
            styled.setStyle("StatementTitle");
            styled.createRun().setText("Comisión de Prevención del Delito y Justicia Penal");
            XWPFRun notBold = styled.createRun();
            notBold.setBold(false);
            notBold.setText(" (Viena)");

            document.createParagraph().createRun().setText("Thank you.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void lines(XWPFRun run, String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static String withDoctype(String xml, String doctype) {
        int afterDeclaration = xml.indexOf("?>") + 2;
        return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
    }

    static byte[] withDocumentXml(byte[] docx, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** What goes into an OLE2 compound file: Word's container for encrypted .docx files and old .doc files. */
    private interface CompoundFileContent {
        void writeTo(POIFSFileSystem fs) throws Exception;
    }

    private static byte[] compoundFile(CompoundFileContent content) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            content.writeTo(fs);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void assertNoSecret(Throwable e, String secret) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
        }
    }
}
