package org.statementworkbench.glossary;

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
