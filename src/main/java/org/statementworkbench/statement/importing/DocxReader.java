package org.statementworkbench.statement.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * A Word .docx statement (POI XWPF). Reads the body in document order: paragraphs, and tables row by row, cell by
 * cell (nested tables too), content controls and tracked insertions included, tracked deletions left out. Runs keep
 * bold and italic from direct formatting and from paragraph and character styles; w:br and w:cr become "\n", w:tab
 * "\t"; field instructions are skipped and their results kept. Empty paragraphs are skipped.
 *
 * <p>Not read: headers, footers, footnotes, endnotes, comments, text boxes and shapes, and automatic numbering of
 * lists and headings (it is not part of the text). Hostile files are refused by {@link DocxPackageCheck} first.
 */
final class DocxReader {

    private final DocxStyles styles;
    private final ParagraphCollector paragraphs = new ParagraphCollector();
    private final ParagraphBuilder builder = new ParagraphBuilder();
    private int paragraphNumber;

    private DocxReader(DocxStyles styles) {
        this.styles = styles;
    }

    static ImportedDocument read(byte[] bytes) {
        DocxPackageCheck.check(bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxReader reader = new DocxReader(DocxStyles.of(document));
            reader.blocks(document.getDocument().getBody().getDomNode());
            return reader.paragraphs.document();
        } catch (StatementImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    /** Paragraphs and tables of the body, a table cell, or a block-level content control. */
    private void blocks(Node container) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!DocxXml.isW(n)) {
                continue;
            }
            switch (n.getLocalName()) {
                case "p" -> paragraph(n);
                case "tbl", "tr" -> blocks(n); // rows of a table, cells of a row, in order
                case "tc", "customXml" -> blocks(n);
                case "sdt" -> blocks(orEmpty(DocxXml.child(n, "sdtContent"), n));
                default -> {} // properties, section breaks, bookmarks, tracked deletions
            }
        }
    }

    private void paragraph(Node p) {
        paragraphNumber++;
        String paragraphStyle = DocxXml.attribute(DocxXml.child(DocxXml.child(p, "pPr"), "pStyle"), "val");
        inline(p, paragraphStyle);
        int number = paragraphNumber;
        String beginning = builder.beginning();
        paragraphs.add(
                builder,
                () -> String.format(
                        Locale.ENGLISH,
                        "paragraph %,d of the Word document " + "(starting \"%s\")",
                        number,
                        beginning));
    }

    /** Runs of a paragraph and of the inline containers in it (hyperlinks, insertions, fields, content controls). */
    private void inline(Node parent, @Nullable String paragraphStyle) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!DocxXml.isW(n)) {
                continue;
            }
            switch (n.getLocalName()) {
                case "r" -> run(n, paragraphStyle);
                case "hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml", "dir", "bdo" ->
                    inline(n, paragraphStyle);
                case "sdt" -> inline(orEmpty(DocxXml.child(n, "sdtContent"), n), paragraphStyle);
                default -> {} // paragraph properties, tracked deletions (del, moveFrom), bookmarks, math
            }
        }
    }

    private void run(Node r, @Nullable String paragraphStyle) {
        Node rPr = DocxXml.child(r, "rPr");
        String characterStyle = DocxXml.attribute(DocxXml.child(rPr, "rStyle"), "val");
        DocxStyles.Emphasis emphasis = styles.of(DocxStyles.emphasis(rPr), characterStyle, paragraphStyle);
        boolean bold = Boolean.TRUE.equals(emphasis.bold());
        boolean italic = Boolean.TRUE.equals(emphasis.italic());
        for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!DocxXml.isW(n)) {
                continue;
            }
            switch (n.getLocalName()) {
                case "t" -> builder.append(text(n), bold, italic);
                case "tab", "ptab" -> builder.append("\t", bold, italic);
                case "br", "cr" -> builder.append("\n", bold, italic);
                case "noBreakHyphen" -> builder.append("\u2011", bold, italic);
                default -> {} // field instructions (instrText), deleted text, soft hyphens, drawings, notes
            }
        }
    }

    /** The text in a w:t element (XmlBeans' DOM has no getTextContent). */
    private static String text(Node t) {
        Node only = t.getFirstChild();
        if (only == null) {
            return "";
        }
        if (only.getNextSibling() == null) {
            return only.getNodeValue();
        }
        StringBuilder text = new StringBuilder();
        for (Node n = only; n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString();
    }

    private static Node orEmpty(@Nullable Node content, Node fallback) {
        return content != null ? content : fallback.getOwnerDocument().createDocumentFragment();
    }

    private static StatementImportException translate(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("doctype") || message.contains("entity")) {
                return new StatementImportException(
                        "The Word file contains a document type declaration (DOCTYPE) "
                                + "or entity definitions, which Word never writes and which are refused for security "
                                + "reasons. Open it in Word, save it again as Word Document (.docx) and try again.",
                        e);
            }
            if (message.contains("zip bomb")) {
                return DocxPackageCheck.damaged(
                        "it unpacks to far more data than a document should (a \"ZIP bomb\")", e);
            }
            if (message.contains("strict ooxml")) {
                return new StatementImportException(
                        "The Word file is saved as \"Strict Open XML Document\", which "
                                + "cannot be read. Open it in Word, save it as Word Document (.docx) and try again.",
                        e);
            }
        }
        return DocxPackageCheck.damaged(
                "its content could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
}
