package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.comment.CommentService;

/** The download of the open statement's comments as CSV, among the editor's exports. */
final class CommentsCsvLink {

    final Anchor anchor;
    /** Read by the download, which runs outside the UI's lock. */
    private volatile @Nullable Long statementId;

    CommentsCsvLink(CommentService comments) {
        anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    Long id = statementId;
                    if (id == null) {
                        throw new IOException("No statement");
                    }
                    byte[] csv = comments.exportCsv(id).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), "statement-" + id + "-comments.csv", "text/csv", csv.length);
                }),
                AttachmentType.DOWNLOAD,
                "Comments (CSV)");
        anchor.getElement().setAttribute("title", "Download every comment of this statement as CSV");
    }

    void setStatement(long statementId) {
        this.statementId = statementId;
    }
}
