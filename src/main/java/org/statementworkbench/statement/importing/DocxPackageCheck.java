package org.statementworkbench.statement.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks a .docx before POI opens it: that it is a ZIP archive with word/document.xml, not a password-protected
 * (encrypted) file, not a ZIP bomb (every part is decompressed and counted, whatever its header claims), and that no
 * XML part declares a DOCTYPE (the way to external entities and "billion laughs"). POI's own protections
 * (ZipSecureFile's inflation ratio, XML parsers refusing DTDs) stay in force behind this check.
 */
final class DocxPackageCheck {

    static final String MAIN_PART = "word/document.xml";
    /** Most parts (files) a .docx may contain. */
    static final int MAX_PARTS = 1_000;
    /** Most bytes one part may have once decompressed. */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    /** Most bytes all parts together may have once decompressed. */
    static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;
    /** How much of each XML part is searched for a DOCTYPE (it can only appear before the root element). */
    private static final int PROLOG_BYTES = 4096;

    private static final String RESAVE = "Open it in Word, save it again as Word Document (.docx) and try again.";

    private DocxPackageCheck() {}

    static void check(byte[] bytes) {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw new StatementImportException(ole2Problem(bytes));
        }
        if (magic != FileMagic.OOXML) {
            throw new StatementImportException("This is not a Word (.docx) file: a .docx file is a ZIP archive, and "
                    + "this file is not one. If it is a text or web page file, give it the right extension (.txt, "
                    + ".md or .html); otherwise " + Character.toLowerCase(RESAVE.charAt(0)) + RESAVE.substring(1));
        }
        boolean hasMainPart = false;
        int parts = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++parts > MAX_PARTS) {
                    throw tooLarge("it contains more than " + MAX_PARTS + " parts");
                }
                String name = entry.getName();
                hasMainPart |= name.equals(MAIN_PART);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                byte[] prolog = new byte[xml ? PROLOG_BYTES : 0];
                int prologLength = 0;
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    if (prologLength < prolog.length) {
                        int copy = Math.min(n, prolog.length - prologLength);
                        System.arraycopy(buffer, 0, prolog, prologLength, copy);
                        prologLength += copy;
                    }
                    size += n;
                    total += n;
                    if (size > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
                        throw tooLarge("once unpacked, its part " + name + " would have more than "
                                + (size > MAX_PART_BYTES ? MAX_PART_BYTES : MAX_TOTAL_BYTES) / (1024 * 1024)
                                + " MB (a \"ZIP bomb\", or a document far larger than a statement)");
                    }
                }
                if (xml && hasDoctype(prolog, prologLength)) {
                    throw new StatementImportException("Its part " + name + " contains a document type declaration "
                            + "(DOCTYPE), which Word never writes and which is refused for security reasons. "
                            + RESAVE);
                }
            }
        } catch (ZipException e) {
            throw damaged("its ZIP structure is broken (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw damaged(
                    "it ends before its last part is complete; it was probably not uploaded or copied in " + "full", e);
        }
        if (!hasMainPart) {
            throw new StatementImportException("This is a ZIP archive but not a Word document: it has no "
                    + MAIN_PART + " part. If it is another kind of file, save the statement as Word Document (.docx) "
                    + "and try again.");
        }
    }

    /** Whether the prolog, before the first element, contains "<!DOCTYPE" (in UTF-8 or UTF-16). */
    private static boolean hasDoctype(byte[] prolog, int length) {
        String ascii = new String(prolog, 0, length, StandardCharsets.ISO_8859_1).replace("\0", "");
        return ascii.toUpperCase(Locale.ROOT).contains("<!DOCTYPE") || ascii.contains("<!ENTITY");
    }

    private static String ole2Problem(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes);
                POIFSFileSystem fs = new POIFSFileSystem(in)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return "The Word file is protected with a password (encrypted), so it cannot be read. Open it in "
                        + "Word, remove the password (File, Info, Protect Document, Encrypt with Password: delete "
                        + "the password), save it and try again.";
            }
            if (root.hasEntry("WordDocument")) {
                return "This is an older Word 97-2003 document (.doc) with a .docx name. " + RESAVE;
            }
        } catch (IOException | RuntimeException e) {
            // not a readable compound file either; fall through to the general message
        }
        return "This is not a Word (.docx) file but an older Microsoft Office file. " + RESAVE;
    }

    private static StatementImportException tooLarge(String why) {
        return new StatementImportException("The Word file is refused because " + why + ". Check that this is the "
                + "statement; if it contains large images or embedded files, remove them, save and try again.");
    }

    static StatementImportException damaged(String why, Exception cause) {
        return new StatementImportException(
                "The Word file is damaged or incomplete: " + why + ". " + RESAVE
                        + " If you cannot open it, ask the sender for the file again.",
                cause);
    }
}
