package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.ExportFormat;
import org.statementworkbench.statement.ExportedFile;
import org.statementworkbench.statement.StatementExportService;

/**
 * Downloads of the chosen language's translation as Word, Markdown and plain text; untranslated segments are
 * exported in the source language.
 */
class ExportLinks extends Div {

    private final StatementExportService exports;
    /** Read by the downloads, which run outside the UI's lock. */
    private volatile @Nullable Long statementId;

    private volatile UnLanguage language = UnLanguage.FR;

    ExportLinks(StatementExportService exports) {
        this.exports = exports;
        addClassName("editor-export");
        add(
                new Span("Export:"),
                link(ExportFormat.DOCX, "Word"),
                link(ExportFormat.MARKDOWN, "Markdown"),
                link(ExportFormat.TEXT, "Text"));
    }

    void setStatement(long statementId) {
        this.statementId = statementId;
    }

    void setLanguage(UnLanguage language) {
        this.language = language;
    }

    private Anchor link(ExportFormat format, String label) {
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    Long id = statementId;
                    if (id == null) {
                        throw new IOException("No statement");
                    }
                    ExportedFile file = exports.export(id, language, format);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            file.contentType(),
                            file.content().length);
                }),
                AttachmentType.DOWNLOAD,
                label);
        link.getElement()
                .setAttribute(
                        "title",
                        "Download the translation as " + format.extension()
                                + "; untranslated segments are in the source language");
        return link;
    }
}
