package org.statementworkbench.memory.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The download streams what the service writes into the response, without a content length; a refused export gets
 * an error and no file (the response's stream is never opened).
 */
class TmxDownloadTest {

    private final VaadinResponse response = mock(VaadinResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final DownloadEvent event =
            new DownloadEvent(mock(VaadinRequest.class), response, mock(VaadinSession.class), new Element("a"));

    @Test
    void writesWhatTheServiceStreamsWithoutAContentLength() throws IOException {
        when(response.getOutputStream()).thenReturn(body);
        String tmx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">…</tmx>\n";
        new TmxDownload(() -> Optional.of(new TmxDownload.Export("approved-statements.tmx", out -> {
                    for (String part : tmx.split("(?<=>)")) {
                        out.write(part.getBytes(StandardCharsets.UTF_8));
                    }
                })))
                .handleDownloadRequest(event);
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo(tmx);
        verify(response).setContentType("application/x-tmx+xml; charset=UTF-8");
        verify(response, never()).setContentLengthLong(anyLong());
        verify(response, never()).setContentLength(org.mockito.ArgumentMatchers.anyInt());
    }

    @Test
    void aRefusedExportIsAnErrorNotAnEmptyFile() throws IOException {
        new TmxDownload(() -> Optional.of(new TmxDownload.Export("memory.tmx", out -> {
                    throw new AccessDeniedException("Access Denied");
                })))
                .handleDownloadRequest(event);
        verify(response).sendError(403, "Access Denied");
        verify(response, never()).getOutputStream();
        verify(response, never()).setContentType(anyString());

        new TmxDownload(() -> Optional.of(new TmxDownload.Export("memory.tmx", out -> {
                    throw new IllegalArgumentException("There is no memory 42.");
                })))
                .handleDownloadRequest(event);
        verify(response).sendError(404, "There is no memory 42.");
        verify(response, never()).getOutputStream();
    }
}
