package org.statementworkbench.glossary.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.statementworkbench.glossary.GlossaryExchangeService;
import org.statementworkbench.glossary.GlossaryQuery;
import org.statementworkbench.glossary.exchange.ImportFormat;

/** Writes the glossary export when its link is clicked (the request carries the signed-in manager). */
final class ExportDownload implements DownloadHandler {

    private final transient GlossaryExchangeService exchange;
    private final ImportFormat format;
    private final Supplier<Boolean> includeRetired;

    ExportDownload(GlossaryExchangeService exchange, ImportFormat format, Supplier<Boolean> includeRetired) {
        this.exchange = exchange;
        this.format = format;
        this.includeRetired = includeRetired;
    }

    static String fileName(ImportFormat format) {
        return "un-glossary-" + LocalDate.now() + format.extension();
    }

    byte[] content() {
        GlossaryQuery all = GlossaryQuery.all();
        return exchange.export(
                format,
                Boolean.TRUE.equals(includeRetired.get())
                        ? new GlossaryQuery(all.text(), false, null, null, null, null, true)
                        : all);
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        byte[] content = content();
        event.setFileName(fileName(format));
        event.setContentType(format.mimeType() + "; charset=UTF-8");
        event.setContentLength(content.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(content);
        }
    }
}
