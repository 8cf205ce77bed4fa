package org.statementworkbench.statement.importing;

import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Recognises files that are not text although their name says so (a Word file or PDF renamed to .txt, an image,
 * binary garbage), so that the person gets a useful message instead of an encoding error or pages of noise.
 */
final class BinaryContent {

    /** Share of control characters above which decoded text is taken to be binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** Stray control characters tolerated (and removed) however short the text. */
    private static final int TOLERATED_CONTROLS = 10;

    private BinaryContent() {}

    /** Refuses bytes that start like a known binary format or contain NUL bytes (unless UTF-16 with a BOM). */
    static void refuseBinary(byte[] bytes, String expected) {
        String known = switch (FileMagic.valueOf(bytes)) {
            case OOXML ->
                "a ZIP archive, for example a Word (.docx) file with the wrong name. Give it its real "
                        + "extension (.docx) and upload it again";
            case OLE2 ->
                "an older Microsoft Office file (for example a Word 97-2003 .doc). Open it in Word, save it "
                        + "as Word Document (.docx) and upload that";
            case PDF -> "a PDF file, which the workbench cannot read. Save the statement as .docx or as UTF-8 text";
            case RTF ->
                "an RTF (Rich Text Format) file. Open it in Word, save it as Word Document (.docx) and upload "
                        + "that";
            case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> "an image, not text";
            case BIFF2, BIFF3, BIFF4, WORD2, MSWRITE ->
                "an old Microsoft Office file. Open it in Word, save it as Word " + "Document (.docx) and upload that";
            default -> null;
        };
        if (known != null) {
            throw new StatementImportException("This is not " + expected + ": it is " + known + ".");
        }
        if (TextDecoding.charsetFromBom(bytes) == null) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw notText(expected, "it contains NUL bytes (at byte " + (i + 1) + ")");
                }
            }
        }
    }

    /** Refuses decoded text with NUL characters or many other control characters. */
    static void refuseControlCharacters(String text, String expected) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw notText(expected, "it contains NUL characters");
            }
            if (TextNormalization.isStrayControl(c)) {
                controls++;
            }
        }
        if (controls > TOLERATED_CONTROLS && controls > text.length() * MAX_CONTROL_SHARE) {
            throw notText(
                    expected,
                    String.format(
                            Locale.ENGLISH,
                            "%,d of its %,d characters are control characters",
                            controls,
                            text.length()));
        }
    }

    private static StatementImportException notText(String expected, String why) {
        return new StatementImportException("This does not look like " + expected + ": " + why + ". It is probably a "
                + "binary file (a program, an image or a document from another application). Upload the statement "
                + "as .docx, .txt (UTF-8), .md or .html.");
    }
}
