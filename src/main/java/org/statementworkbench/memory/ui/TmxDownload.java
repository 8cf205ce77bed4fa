package org.statementworkbench.memory.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes a TMX export when its link is clicked (the request carries the signed-in administrator), streamed into the
 * response as the service writes it: no content length, nothing held in memory. The service checks the role before it
 * writes anything, so a refused request gets no file.
 */
final class TmxDownload implements DownloadHandler {

    /** Writes the export to the response's stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The file's name and how to write it, or nothing to export (then the response says so). */
    record Export(String fileName, Content content) {}

    private final transient Supplier<Optional<Export>> export;

    TmxDownload(Supplier<Optional<Export>> export) {
        this.export = export;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        Optional<Export> chosen = export.get();
        if (chosen.isEmpty()) {
            event.getResponse().sendError(404, "Choose a memory first.");
            return;
        }
        event.setFileName(chosen.get().fileName());
        event.setContentType("application/x-tmx+xml; charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            chosen.get().content().writeTo(out);
        }
    }
}
