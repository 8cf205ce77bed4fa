package org.statementworkbench.statement.importing;

import java.util.List;

/** A statement file read into paragraphs; empty paragraphs are never included. */
public record ImportedDocument(List<ImportedParagraph> paragraphs) {

    public ImportedDocument {
        paragraphs = List.copyOf(paragraphs);
    }
}
