package org.statementworkbench.glossary.exchange;

import java.util.Locale;

/** The glossary files the workbench exchanges: TBX (v3 written, v2 and v3 read) and the glossary CSV. */
public enum ImportFormat {
    TBX("application/x-tbx+xml", ".tbx"),
    CSV("text/csv", ".csv");

    private final String mimeType;
    private final String extension;

    ImportFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** Reads a file of this format: its concepts, and (TBX) the data it holds that the glossary has no place for. */
    public GlossaryFileContent read(byte[] content) {
        return this == TBX
                ? new TbxReader().readFile(content)
                : new GlossaryFileContent(new GlossaryCsv().read(content), java.util.Map.of());
    }

    /**
     * The format of a file, from its content: XML (after an optional byte order mark and white space, a
     * {@code <}) is TBX, anything else CSV. The file name only decides when the content is empty.
     */
    public static ImportFormat detect(byte[] content, String fileName) {
        int i = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        if (i < content.length) {
            return content[i] == '<' ? TBX : CSV;
        }
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : TBX;
    }
}
