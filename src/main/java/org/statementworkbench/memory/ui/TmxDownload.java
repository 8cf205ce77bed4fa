package org.statementworkbench.memory.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writes a TMX export when its link is clicked (the request carries the signed-in administrator), streamed into the
 * response as the service writes it: no content length, nothing held in memory. The response becomes a file only
 * with the first byte the service writes; the service checks the role and the memory before that, so a refused
 * export is answered with an error (403, or 404 for a memory that is gone), never with an empty file.
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
        var out = new ResponseStream(event, chosen.get().fileName());
        try {
            chosen.get().content().writeTo(out);
        } catch (AccessDeniedException | IllegalArgumentException refused) {
            if (out.opened()) {
                throw refused;
            }
            event.getResponse().sendError(refused instanceof AccessDeniedException ? 403 : 404, refused.getMessage());
            return;
        }
        out.close();
    }

    /** The response's stream, opened (as a TMX file) by the first write. */
    private static final class ResponseStream extends OutputStream {

        private final DownloadEvent event;
        private final String fileName;
        private @Nullable OutputStream response;

        ResponseStream(DownloadEvent event, String fileName) {
            this.event = event;
            this.fileName = fileName;
        }

        boolean opened() {
            return response != null;
        }

        private OutputStream response() {
            OutputStream opened = response;
            if (opened == null) {
                event.setFileName(fileName);
                event.setContentType("application/x-tmx+xml; charset=UTF-8");
                opened = event.getOutputStream();
                response = opened;
            }
            return opened;
        }

        @Override
        public void write(int b) throws IOException {
            response().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            response().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (response != null) {
                response.flush();
            }
        }

        @Override
        public void close() throws IOException {
            response().close();
        }
    }
}
