package org.statementworkbench.memory.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;

/** Writes a TMX export when its link is clicked (the request carries the signed-in administrator). */
final class TmxDownload implements DownloadHandler {

    /** The file's name and content, or nothing to export (then the response says so). */
    record Export(String fileName, Supplier<byte[]> content) {}

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
        byte[] content = chosen.get().content().get();
        event.setFileName(chosen.get().fileName());
        event.setContentType("application/x-tmx+xml; charset=UTF-8");
        event.setContentLength(content.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(content);
        }
    }
}
