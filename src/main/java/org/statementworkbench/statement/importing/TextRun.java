package org.statementworkbench.statement.importing;

/** A stretch of paragraph text with one formatting: plain, bold, italic or both. */
public record TextRun(String text, boolean bold, boolean italic) {

    public static TextRun plain(String text) {
        return new TextRun(text, false, false);
    }

    public static TextRun bold(String text) {
        return new TextRun(text, true, false);
    }

    public static TextRun italic(String text) {
        return new TextRun(text, false, true);
    }
}
