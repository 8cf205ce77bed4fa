package org.statementworkbench.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where and by whom a statement was delivered, all optional: document symbol, UN body, session, agenda item, speaker,
 * delegation and date. Blank texts are read as absent and texts are stripped; a text longer than its column is refused
 * with the field's name. The same record is what an import is given, what the statement list shows and what the
 * {@code statement} table stores (embedded).
 */
@Embeddable
public record StatementDetails(
        @Column(name = "document_symbol", length = 100) @Nullable
        String documentSymbol,

        @Column(name = "un_body", length = 300) @Nullable String unBody,

        @Column(name = "session_name", length = 300) @Nullable
        String sessionName,

        @Column(name = "agenda_item", length = 300) @Nullable
        String agendaItem,

        @Column(name = "speaker", length = 300) @Nullable String speaker,
        @Column(name = "delegation", length = 200) @Nullable String delegation,
        @Column(name = "date_delivered") @Nullable LocalDate dateDelivered) {

    /** No details known. */
    public static final StatementDetails NONE = new StatementDetails(null, null, null, null, null, null, null);

    public StatementDetails {
        documentSymbol = text("Document symbol", documentSymbol, 100);
        unBody = text("Body", unBody, 300);
        sessionName = text("Session", sessionName, 300);
        agendaItem = text("Agenda item", agendaItem, 300);
        speaker = text("Speaker", speaker, 300);
        delegation = text("Delegation", delegation, 200);
    }

    private static @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " has at most " + max + " characters.");
        }
        return stripped;
    }
}
