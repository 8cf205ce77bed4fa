package org.statementworkbench.statement.importing;

import java.util.Locale;

/**
 * Reads a statement file or pasted text into paragraphs of formatted text. Chooses the format by the file's
 * extension and checks that the content fits it:
 * <ul>
 *   <li>{@code .txt}: UTF-8 (with or without byte order mark) or UTF-16 with byte order mark; see
 *       {@link PlainTextReader};</li>
 *   <li>{@code .md}, {@code .markdown} and pasted text: the Markdown-like form of our statements (bold, italic,
 *       headings); see {@link MarkdownReader} for what is and is not interpreted;</li>
 *   <li>{@code .docx}: Word body text, tables included, with bold and italic; headers, footers, footnotes, comments,
 *       text boxes and automatic numbering are not read; see {@link DocxReader};</li>
 *   <li>{@code .html}, {@code .htm}: block elements become paragraphs; see {@link HtmlReader}.</li>
 * </ul>
 * Every problem is a {@link StatementImportException} whose message can be shown to the person who uploaded the
 * file. Stateless and thread-safe; plain Java, no framework.
 */
public final class StatementFileReader {

    /** Largest file accepted, in bytes (10 MiB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Largest pasted text accepted, in characters. */
    public static final int MAX_PASTED_CHARS = 5_000_000;
    /** Most paragraphs a statement may have. */
    public static final int MAX_PARAGRAPHS = 20_000;
    /** Most characters one paragraph may have (a long paragraph of a UN document has about 3,000). */
    public static final int MAX_PARAGRAPH_CHARS = 50_000;

    /** File name extensions this reader accepts, lower case, without the dot. */
    public static final java.util.List<String> EXTENSIONS =
            java.util.List.of("txt", "md", "markdown", "docx", "html", "htm");

    /**
     * Reads a statement file.
     *
     * @param fileName the name it was uploaded with; only its extension matters
     * @throws StatementImportException if the file is of an unsupported type, too large, damaged, not what its
     *         extension says, or has no text
     */
    public ImportedDocument read(String fileName, byte[] content) {
        String extension = extension(fileName);
        if (!EXTENSIONS.contains(extension)) {
            throw new StatementImportException("\"" + fileName + "\" cannot be imported: only Word (.docx), text "
                    + "(.txt), Markdown (.md) and web page (.html, .htm) files can. Save the statement in one of these "
                    + "formats and try again.");
        }
        if (content.length > MAX_BYTES) {
            throw new StatementImportException(String.format(
                    Locale.ENGLISH,
                    "\"%s\" is too large: %,d bytes, and "
                            + "at most %,d bytes (10 MB) can be imported. Remove images or other embedded content, or split "
                            + "the statement into several files.",
                    fileName,
                    content.length,
                    MAX_BYTES));
        }
        if (content.length == 0) {
            throw empty(fileName);
        }
        ImportedDocument document;
        try {
            document = switch (extension) {
                case "txt" -> readText(content, false);
                case "md", "markdown" -> readText(content, true);
                case "docx" -> DocxReader.read(content);
                default -> HtmlReader.read(content);
            };
        } catch (StatementImportException e) {
            throw new StatementImportException("\"" + fileName + "\" cannot be imported. " + e.getMessage(), e);
        }
        if (document.paragraphs().isEmpty()) {
            throw empty(fileName);
        }
        return document;
    }

    /**
     * Reads pasted text like a Markdown file, since pasted statements often carry the same markers.
     *
     * @throws StatementImportException if the text is too long or has no text
     */
    public ImportedDocument readPasted(String text) {
        if (text.length() > MAX_PASTED_CHARS) {
            throw new StatementImportException(String.format(
                    Locale.ENGLISH,
                    "The pasted text is too long: %,d "
                            + "characters, and at most %,d can be imported. Import the statement as a file or in several "
                            + "parts.",
                    text.length(),
                    MAX_PASTED_CHARS));
        }
        try {
            BinaryContent.refuseControlCharacters(text, "statement text");
        } catch (StatementImportException e) {
            throw new StatementImportException("The pasted text cannot be imported. " + e.getMessage(), e);
        }
        ImportedDocument document = MarkdownReader.read(text, "the pasted text");
        if (document.paragraphs().isEmpty()) {
            throw new StatementImportException("The pasted text is empty: it has no text to import.");
        }
        return document;
    }

    private static ImportedDocument readText(byte[] content, boolean markdown) {
        String expected = markdown ? "a Markdown (text) file" : "a text file";
        BinaryContent.refuseBinary(content, expected);
        String text = TextDecoding.decodeText(content, "the file");
        BinaryContent.refuseControlCharacters(text, expected);
        return markdown ? MarkdownReader.read(text, "the file") : PlainTextReader.read(text, "the file");
    }

    private static StatementImportException empty(String fileName) {
        return new StatementImportException(
                "\"" + fileName + "\" is empty: it has no text to import. Check that " + "you chose the right file.");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }
}
