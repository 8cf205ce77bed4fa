package org.statementworkbench.statement;

/** An exported translation: its file name, type and bytes, and how many segments were still untranslated. */
public record ExportedFile(String fileName, String contentType, byte[] content, int untranslatedSegments) {}
